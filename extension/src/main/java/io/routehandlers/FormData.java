package io.routehandlers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of an {@code application/x-www-form-urlencoded} or {@code multipart/form-data} body,
 * from {@link RouteRequest#formData()}. Text fields are read with {@link #get} and {@link #getAll};
 * uploaded files with {@link #file}.
 */
public interface FormData {

    /**
     * The first value of a text field.
     *
     * @param name the field name
     * @return the first value, or empty when absent
     */
    Optional<String> get(String name);

    /**
     * Every value of a text field, in order.
     *
     * @param name the field name
     * @return the values, empty when absent
     */
    List<String> getAll(String name);

    /**
     * Whether the field (text or file) is present.
     *
     * @param name the field name
     * @return {@code true} when present
     */
    boolean has(String name);

    /**
     * The field names (text and file) in the order they first appear.
     *
     * @return an unmodifiable, ordered set
     */
    Set<String> keys();

    /**
     * The first uploaded file of a multipart field.
     *
     * @param name the field name
     * @return the file, or empty when the field is absent or is a text field
     */
    Optional<FormFile> file(String name);

    /**
     * A file part of a multipart body. Small files are held in memory, larger ones in a temporary file that is
     * deleted once the request's answer is sent: read it during the request.
     */
    final class FormFile {

        private final String fileName;
        private final String contentType;
        private final long size;
        private final byte[] bytes;
        private final Path file;

        private FormFile(String fileName, String contentType, long size, byte[] bytes, Path file) {
            this.fileName = fileName;
            this.contentType = contentType;
            this.size = size;
            this.bytes = bytes;
            this.file = file;
        }

        /**
         * A file held in memory.
         *
         * @param fileName the file name the client sent
         * @param contentType the part's media type
         * @param content the file's bytes, not copied
         * @return the file
         */
        public static FormFile of(String fileName, String contentType, byte[] content) {
            return new FormFile(fileName, contentType, content.length, content, null);
        }

        /**
         * A file held in a temporary file.
         *
         * @param fileName the file name the client sent
         * @param contentType the part's media type
         * @param file where its bytes are
         * @param size how many bytes it has
         * @return the file
         */
        public static FormFile stored(String fileName, String contentType, Path file, long size) {
            return new FormFile(fileName, contentType, size, null, file);
        }

        /**
         * The file name the client sent, as sent (never use it as a path of your own).
         *
         * @return the file name
         */
        public String fileName() {
            return fileName;
        }

        /**
         * The part's media type.
         *
         * @return the media type, {@code application/octet-stream} when the client sent none
         */
        public String contentType() {
            return contentType;
        }

        /**
         * The file's size.
         *
         * @return the size in bytes
         */
        public long size() {
            return size;
        }

        /**
         * The file's bytes, read whole: for small files; use {@link #open()} for large ones.
         *
         * @return a copy of the bytes
         * @throws java.io.UncheckedIOException when the temporary file cannot be read
         */
        public byte[] content() {
            if (bytes != null) {
                return bytes.clone();
            }
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the upload " + fileName + " failed", e);
            }
        }

        /**
         * The file's bytes as a stream, from memory or from its temporary file.
         *
         * @return a new stream; close it
         * @throws java.io.UncheckedIOException when the temporary file cannot be opened
         */
        public InputStream open() {
            if (bytes != null) {
                return new ByteArrayInputStream(bytes);
            }
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Opening the upload " + fileName + " failed", e);
            }
        }

        @Override
        public String toString() {
            return "FormFile[" + fileName + ", " + contentType + ", " + size + " bytes]";
        }
    }
}
