package io.routehandlers.internal.http;

import io.routehandlers.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Media types as routes meet them: the charset of a request body or of an answer, and form types. */
public final class MediaTypes {

    /** The media type of an urlencoded form. */
    public static final String FORM_URLENCODED = "application/x-www-form-urlencoded";
    /** The media type of a multipart form. */
    public static final String MULTIPART_FORM = "multipart/form-data";

    private MediaTypes() {}

    /** The charset to encode a {@code String} entity of a Jakarta REST media type with: UTF-8 unless it names one. */
    public static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /**
     * The charset a request's {@code Content-Type} names, UTF-8 when it names none.
     *
     * @throws BadRequestException when the parameter is malformed (an unterminated quote) or names no charset this
     *     Java runtime has
     */
    public static Charset requestCharset(Optional<String> contentType) {
        Optional<String> name = contentType.flatMap(type -> parameter(type, "charset"));
        if (name.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.get());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unsupported charset in Content-Type: " + contentType.get(), e);
        }
    }

    /** Whether a {@code Content-Type} is of the given media type, parameters aside. */
    public static boolean is(Optional<String> contentType, String mediaType) {
        return contentType
                .map(type -> {
                    int semicolon = type.indexOf(';');
                    return (semicolon < 0 ? type : type.substring(0, semicolon))
                            .trim()
                            .equalsIgnoreCase(mediaType);
                })
                .orElse(false);
    }

    /**
     * A parameter of a header value such as {@code text/plain; charset="UTF-8"} or {@code form-data; name="a"},
     * unquoted (RFC 9110 quoted strings, with backslash escapes).
     *
     * @throws BadRequestException for a quoted value without its closing quote
     */
    public static Optional<String> parameter(String header, String name) {
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int start = i + 1;
            int eq = header.indexOf('=', start);
            if (eq < 0) {
                return Optional.empty();
            }
            String key = header.substring(start, eq).trim();
            int valueStart = eq + 1;
            while (valueStart < header.length() && header.charAt(valueStart) == ' ') {
                valueStart++;
            }
            String value;
            int next;
            if (valueStart < header.length() && header.charAt(valueStart) == '"') {
                StringBuilder quoted = new StringBuilder();
                int j = valueStart + 1;
                while (j < header.length() && header.charAt(j) != '"') {
                    char c = header.charAt(j);
                    if (c == '\\' && j + 1 < header.length()) {
                        c = header.charAt(++j);
                    }
                    quoted.append(c);
                    j++;
                }
                if (j >= header.length()) {
                    throw new BadRequestException("Unterminated quoted string in header value: " + header);
                }
                value = quoted.toString();
                next = header.indexOf(';', j);
            } else {
                next = header.indexOf(';', valueStart);
                value = header.substring(valueStart, next < 0 ? header.length() : next)
                        .trim();
            }
            if (key.toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(value);
            }
            i = next;
        }
        return Optional.empty();
    }
}
