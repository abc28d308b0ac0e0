package io.routehandlers;

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
     * A file part of a multipart body.
     *
     * @param fileName the file name the client sent
     * @param contentType the part's media type ({@code application/octet-stream} when not sent)
     * @param content the file's bytes
     */
    record FormFile(String fileName, String contentType, byte[] content) {}
}
