package io.routehandlers.internal.http;

import io.routehandlers.FormData.FormFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a {@code multipart/form-data} body (RFC 7578) that is already in memory. */
public final class Multipart {

    private Multipart() {}

    /** The body is not well-formed multipart. */
    public static final class MalformedMultipartException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MalformedMultipartException(String reason) {
            super("Malformed multipart/form-data body: " + reason);
        }
    }

    /**
     * Parses the parts of a body.
     *
     * @param body the whole body
     * @param contentType the request's {@code Content-Type}, with its {@code boundary} parameter
     * @param charset the charset of text fields
     * @throws MalformedMultipartException when the boundary is missing or a part is malformed
     */
    public static Parameters parse(byte[] body, String contentType, Charset charset) {
        String boundary = parameter(contentType, "boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw new MalformedMultipartException("no boundary in Content-Type");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] separator = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<FormFile>> files = new LinkedHashMap<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new MalformedMultipartException("no opening boundary");
        }
        pos += delimiter.length;
        while (true) {
            if (startsWith(body, pos, "--")) {
                return Parameters.of(values, files);
            }
            if (!startsWith(body, pos, "\r\n")) {
                throw new MalformedMultipartException("boundary not followed by CRLF");
            }
            int headersStart = pos + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw new MalformedMultipartException("part without a blank line after its headers");
            }
            int contentEnd = indexOf(body, separator, headersEnd + 4);
            if (contentEnd < 0) {
                throw new MalformedMultipartException("no closing boundary");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            addPart(headers, body, headersEnd + 4, contentEnd, charset, values, files);
            pos = contentEnd + separator.length;
        }
    }

    private static void addPart(
            String headers,
            byte[] body,
            int from,
            int to,
            Charset charset,
            Map<String, List<String>> values,
            Map<String, List<FormFile>> files) {
        String disposition = null;
        String type = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new MalformedMultipartException("part header without ':'");
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-type")) {
                type = value;
            }
        }
        String name = disposition == null ? null : parameter(disposition, "name");
        if (name == null) {
            throw new MalformedMultipartException("part without Content-Disposition name");
        }
        String fileName = parameter(disposition, "filename");
        byte[] content = java.util.Arrays.copyOfRange(body, from, to);
        if (fileName != null) {
            files.computeIfAbsent(name, k -> new ArrayList<>(1))
                    .add(new FormFile(fileName, type == null ? "application/octet-stream" : type, content));
        } else {
            values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(new String(content, charset));
        }
    }

    /** A parameter of a header value such as {@code form-data; name="a"}, unquoted; or {@code null}. */
    static String parameter(String header, String name) {
        for (String part : header.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String value = part.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] body, int pos, String prefix) {
        if (pos + prefix.length() > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (body[pos + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        outer:
        for (int i = from; i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
