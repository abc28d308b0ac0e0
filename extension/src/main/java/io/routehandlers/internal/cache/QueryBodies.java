package io.routehandlers.internal.cache;

import io.routehandlers.internal.http.MediaRange;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parts of a {@code QUERY}'s cache key that come from its body (S-18.4; RFC 10008 2.7 lets a cache remove
 * differences that do not change what the content means). A JSON body is made canonical first with Jakarta JSON
 * Processing: members sorted by name, no whitespace between tokens, numbers and strings as written. Anything else,
 * and JSON that does not parse, is keyed by its bytes as they are.
 */
final class QueryBodies {

    private static final Optional<JsonProvider> JSON = provider();

    private QueryBodies() {}

    private static Optional<JsonProvider> provider() {
        try {
            return Optional.of(JsonProvider.provider());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty(); // no JSON-P implementation: JSON bodies are keyed by their bytes
        }
    }

    /** The body's media type for the key: type and subtype in lower case, with its charset when it names one. */
    static String type(String contentType) {
        String name = MediaRange.parse(contentType).map(MediaRange::name).orElse("-");
        return MediaRange.parameter(contentType, "charset")
                .map(charset -> name + ";charset=" + charset.toLowerCase(Locale.ROOT))
                .orElse(name);
    }

    /** The SHA-256 of the body (of its canonical form, for JSON), in base64url without padding. */
    static String digest(String contentType, byte[] body) {
        byte[] bytes = isJson(type(contentType)) ? canonical(body).orElse(body) : body;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean isJson(String type) {
        String name = type.contains(";") ? type.substring(0, type.indexOf(';')) : type;
        return name.equals("application/json") || name.endsWith("+json");
    }

    /** A JSON text in canonical form, or empty when it is not JSON. */
    static Optional<byte[]> canonical(byte[] body) {
        if (JSON.isEmpty()) {
            return Optional.empty();
        }
        try (JsonReader reader = JSON.get().createReader(new ByteArrayInputStream(body))) {
            StringBuilder out = new StringBuilder(body.length);
            write(reader.readValue(), out);
            return Optional.of(out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            // Not JSON, or JSON the parser refuses (a number of a thousand digits, an exponent out of range)
            return Optional.empty();
        }
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, JsonValue> member : new TreeMap<>((JsonObject) value).entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    out.append(JSON.get().createValue(member.getKey())).append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue item : (JsonArray) value) {
                    out.append(first ? "" : ",");
                    first = false;
                    write(item, out);
                }
                out.append(']');
            }
            default -> out.append(value); // strings quoted and escaped, numbers, true, false, null
        }
    }
}
