package io.routehandlers.testing;

import io.routehandlers.internal.direct.DirectResponse;
import jakarta.json.bind.Jsonb;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a {@link TestRequest}: what a client would have received over HTTP, byte for byte.
 *
 * <pre>
 * TestResponse response = tester.get("/items/lamp");
 * assertEquals(200, response.status());
 * Item item = response.json(Item.class);
 * assertEquals(Optional.of("HIT"), response.cacheStatus());
 * </pre>
 */
public final class TestResponse {

    private final DirectResponse response;
    private final Jsonb jsonb;

    TestResponse(DirectResponse response, Jsonb jsonb) {
        this.response = response;
        this.jsonb = jsonb;
    }

    /**
     * The HTTP status. A path no route answers is {@code 404}; see {@link #routed()}.
     *
     * @return the status
     */
    public int status() {
        return response.status();
    }

    /**
     * Whether a route answered the path. On a server, a path no route answers goes on to the WAR's own files and
     * servlets; here it is a {@code 404}.
     *
     * @return {@code true} when a route answered
     */
    public boolean routed() {
        return response.routed();
    }

    /**
     * The first value of a header, by case-insensitive name.
     *
     * @param name the header name
     * @return the value, empty when the answer has no such header
     */
    public Optional<String> header(String name) {
        return response.header(name);
    }

    /**
     * Every value of a header, by case-insensitive name, in order.
     *
     * @param name the header name
     * @return the values, empty when the answer has no such header
     */
    public List<String> headers(String name) {
        return response.headers(name);
    }

    /**
     * Every header, in order, names as written.
     *
     * @return name and value pairs
     */
    public List<Map.Entry<String, String>> headers() {
        return response.headers();
    }

    /**
     * The {@code Set-Cookie} values, exactly as a server sends them.
     *
     * @return the values, in order
     */
    public List<String> setCookies() {
        return headers("Set-Cookie");
    }

    /**
     * How the route cache answered: {@code HIT}, {@code MISS}, {@code STALE} or {@code REVALIDATED}.
     *
     * @return the {@code X-Route-Cache} value, empty on an uncached route
     */
    public Optional<String> cacheStatus() {
        return header("X-Route-Cache");
    }

    /**
     * The body's bytes.
     *
     * @return a copy of the body, empty for none
     */
    public byte[] body() {
        return response.body().clone();
    }

    /**
     * The body as text, in the charset of its {@code Content-Type} (UTF-8 when it names none).
     *
     * @return the text
     */
    public String text() {
        return new String(response.body(), charset());
    }

    /**
     * The body bound from JSON through JSON-B.
     *
     * @param type the type to bind to
     * @param <T> the type
     * @return the value
     */
    public <T> T json(Class<T> type) {
        return jsonb.fromJson(text(), type);
    }

    /**
     * The body bound from JSON through JSON-B, for generic types such as {@code List<Item>}.
     *
     * @param type the type to bind to
     * @param <T> the type
     * @return the value
     */
    public <T> T json(Type type) {
        return jsonb.fromJson(text(), type);
    }

    private Charset charset() {
        String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        int at = type.indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = type.substring(at + "charset=".length()).split("[;, ]")[0].replace("\"", "");
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    @Override
    public String toString() {
        return "TestResponse[" + status() + " " + headers() + " " + response.body().length + " bytes]";
    }
}
