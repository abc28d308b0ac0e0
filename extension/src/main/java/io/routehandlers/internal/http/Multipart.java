package io.routehandlers.internal.http;

import io.routehandlers.BadRequestException;
import io.routehandlers.BodyTooLargeException;
import io.routehandlers.FormData.FormFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) as a stream, in time linear in its length: the delimiter is
 * found with Knuth-Morris-Pratt over each byte once, so no arrangement of near-matches makes a body expensive. The
 * boundary may have at most 70 characters (RFC 2046); a file part larger than the file limit, or more parts than
 * the form limit, is a {@link BodyTooLargeException}. File parts past 16 KiB go to a temporary file that the
 * caller deletes (see {@link Uploads}).
 *
 * <p>Written here rather than taken from a library: Apache Commons FileUpload 2, the one parser for Jakarta
 * Servlet 6, has only milestone releases, and this one needs no servlet request (the in-process adapter has none).
 */
public final class Multipart {

    /** RFC 2046: a boundary has 1 to 70 characters. */
    static final int MAX_BOUNDARY = 70;

    private static final int IN_MEMORY = 16 * 1024;
    private static final int MAX_HEADERS = 8 * 1024;
    private static final String BCHARS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? ";

    private final InputStream in;
    private final byte[] delimiter;
    private final int[] failure;
    private final Charset charset;
    private final long maxFileSize;
    private final int maxParts;
    private final Uploads uploads;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    /** The body is not well-formed multipart. */
    public static final class MalformedMultipartException extends BadRequestException {
        private static final long serialVersionUID = 1L;

        MalformedMultipartException(String reason) {
            super("Malformed multipart/form-data body: " + reason);
        }
    }

    /** The temporary files of one request's uploads, deleted together. */
    public static final class Uploads implements AutoCloseable {
        private final List<Path> files = new ArrayList<>();

        synchronized Path create() throws IOException {
            Path file = Files.createTempFile("routehandlers-upload-", ".part");
            files.add(file);
            return file;
        }

        /** Deletes the files; a file that cannot be deleted now is deleted when the JVM exits. */
        @Override
        public synchronized void close() {
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
            files.clear();
        }
    }

    private Multipart(
            InputStream in, String boundary, Charset charset, long maxFileSize, int maxParts, Uploads uploads) {
        this.in = in;
        // The body starts with "--boundary"; reading it as if a CRLF came first makes every delimiter the same.
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.failure = failure(delimiter);
        this.charset = charset;
        this.maxFileSize = maxFileSize;
        this.maxParts = maxParts;
        this.uploads = uploads;
        this.buffer[0] = '\r';
        this.buffer[1] = '\n';
        this.limit = 2;
    }

    /**
     * Parses the parts of a body.
     *
     * @param in the body, read once
     * @param contentType the request's {@code Content-Type}, with its {@code boundary} parameter
     * @param charset the charset of text fields
     * @param maxFileSize the most bytes of one file part
     * @param maxParts the most parts
     * @param uploads where file parts too large for memory go
     * @throws MalformedMultipartException when the boundary is missing, too long or not RFC 2046, or a part is
     *     malformed
     * @throws BodyTooLargeException when a file part or the number of parts is over its limit
     */
    public static Parameters parse(
            InputStream in, String contentType, Charset charset, long maxFileSize, int maxParts, Uploads uploads)
            throws IOException {
        String boundary = MediaTypes.parameter(contentType, "boundary").orElse("");
        if (boundary.isEmpty()) {
            throw new MalformedMultipartException("no boundary in Content-Type");
        }
        if (boundary.length() > MAX_BOUNDARY) {
            throw new MalformedMultipartException(
                    "a boundary of " + boundary.length() + " characters; RFC 2046 allows " + MAX_BOUNDARY);
        }
        if (boundary.endsWith(" ") || !boundary.chars().allMatch(c -> BCHARS.indexOf(c) >= 0)) {
            throw new MalformedMultipartException("a boundary with characters RFC 2046 does not allow");
        }
        return new Multipart(in, boundary, charset, maxFileSize, maxParts, uploads).parts();
    }

    private Parameters parts() throws IOException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<FormFile>> files = new LinkedHashMap<>();
        if (!skipTo(OutputStream.nullOutputStream())) {
            throw new MalformedMultipartException("no opening boundary");
        }
        int parts = 0;
        while (true) {
            int first = read();
            int second = read();
            if (first == '-' && second == '-') {
                return Parameters.of(values, files);
            }
            while (first == ' ' || first == '\t') { // transport padding after a delimiter
                first = second;
                second = read();
            }
            if (first != '\r' || second != '\n') {
                throw new MalformedMultipartException("a boundary not followed by CRLF");
            }
            if (++parts > maxParts) {
                throw new BodyTooLargeException(maxParts, "form parts");
            }
            part(headers(), values, files);
        }
    }

    /** Reads the headers of a part up to the blank line that ends them. */
    private Map<String, String> headers() throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        int last = 0x0D0A; // the last four bytes; the CRLF that ended the delimiter's line comes first
        while (last != 0x0D0A0D0A) {
            int b = read();
            if (b < 0) {
                throw new MalformedMultipartException("a part without a blank line after its headers");
            }
            if (block.size() == MAX_HEADERS) {
                throw new MalformedMultipartException("part headers longer than " + MAX_HEADERS + " bytes");
            }
            block.write(b);
            last = (last << 8) | b;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String text = block.toString(StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedMultipartException("a part header without a name");
            }
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        return headers;
    }

    private void part(Map<String, String> headers, Map<String, List<String>> values, Map<String, List<FormFile>> files)
            throws IOException {
        String disposition = headers.get("content-disposition");
        String name = disposition == null
                ? null
                : MediaTypes.parameter(disposition, "name").orElse(null);
        if (name == null) {
            throw new MalformedMultipartException("a part without a Content-Disposition name");
        }
        String fileName = MediaTypes.parameter(disposition, "filename").orElse(null);
        if (fileName == null) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            requireDelimiter(content);
            values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(content.toString(charset));
            return;
        }
        String type = headers.getOrDefault("content-type", "application/octet-stream");
        FileSink sink = new FileSink();
        try (sink) {
            requireDelimiter(sink);
        }
        files.computeIfAbsent(name, k -> new ArrayList<>(1)).add(sink.file(fileName, type));
    }

    private void requireDelimiter(OutputStream content) throws IOException {
        if (!skipTo(content)) {
            throw new MalformedMultipartException("no closing boundary");
        }
    }

    /**
     * Copies the body to {@code content} up to the next delimiter, which is consumed. Bytes that cannot start the
     * delimiter are copied in runs; a partial match is held back until it fails.
     *
     * @return {@code false} when the body ended first
     */
    private boolean skipTo(OutputStream content) throws IOException {
        int matched = 0;
        while (true) {
            if (position == limit && !fill()) {
                content.write(delimiter, 0, matched);
                return false;
            }
            int run = position;
            while (position < limit) {
                byte b = buffer[position];
                if (matched == 0 && b != delimiter[0]) {
                    position++;
                    continue;
                }
                content.write(buffer, run, position - run);
                position++;
                while (matched > 0 && delimiter[matched] != b) {
                    int shorter = failure[matched - 1];
                    content.write(delimiter, 0, matched - shorter); // can no longer start the delimiter
                    matched = shorter;
                }
                if (delimiter[matched] == b) {
                    if (++matched == delimiter.length) {
                        return true;
                    }
                    run = position;
                } else {
                    run = position - 1; // b starts the next run
                }
            }
            content.write(buffer, run, position - run);
        }
    }

    /** The KMP failure function: for each prefix, the length of its longest proper prefix that is also a suffix. */
    private static int[] failure(byte[] pattern) {
        int[] failure = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = failure[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            failure[i] = k;
        }
        return failure;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /** A file part's content: in memory up to 16 KiB, then in a temporary file; over the file limit it fails. */
    private final class FileSink extends OutputStream {
        private final ByteArrayOutputStream memory = new ByteArrayOutputStream();
        private OutputStream disk;
        private Path file;
        private long size;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            size += length;
            if (size > maxFileSize) {
                throw new BodyTooLargeException(maxFileSize, "file part");
            }
            if (disk == null && size > IN_MEMORY) {
                file = uploads.create();
                disk = Files.newOutputStream(file);
                memory.writeTo(disk);
                memory.reset();
            }
            (disk == null ? memory : disk).write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            if (disk != null) {
                disk.close();
            }
        }

        FormFile file(String fileName, String type) {
            return file == null
                    ? FormFile.of(fileName, type, memory.toByteArray())
                    : FormFile.stored(fileName, type, file, size);
        }
    }
}
