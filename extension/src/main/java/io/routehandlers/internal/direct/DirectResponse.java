package io.routehandlers.internal.direct;

import io.routehandlers.internal.exchange.SocketSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The answer the in-process adapter received, its body read whole.
 *
 * @param status the status; {@code 404} when no route answered the path (a server would pass it to the WAR)
 * @param headers name and value pairs, in order
 * @param body the body bytes
 * @param routed whether a route answered
 * @param socket the socket the request was upgraded to (status {@code 101}), which the caller opens with a transport
 *     of its own ({@link SocketSource#opened}); empty for every other answer
 */
public record DirectResponse(
        int status,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        boolean routed,
        Optional<SocketSource> socket) {

    public DirectResponse {
        headers = List.copyOf(headers);
    }

    /** An answer that is no upgrade. */
    public DirectResponse(int status, List<Map.Entry<String, String>> headers, byte[] body, boolean routed) {
        this(status, headers, body, routed, Optional.empty());
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        return headers(name).stream().findFirst();
    }

    /** Every value of a header, by case-insensitive name, in order. */
    public List<String> headers(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return headers.stream()
                .filter(h -> h.getKey().toLowerCase(Locale.ROOT).equals(lower))
                .map(Map.Entry::getValue)
                .toList();
    }
}
