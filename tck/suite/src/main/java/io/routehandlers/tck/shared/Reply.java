package io.routehandlers.tck.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An answer as a shared test sees it, whichever way it came: over HTTP or in process.
 *
 * @param status the status
 * @param headers the headers, names in lower case, values in order
 * @param body the body as UTF-8 text
 */
public record Reply(int status, Map<String, List<String>> headers, String body) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        return headers(name).stream().findFirst();
    }

    /** Every value of a header, in order. */
    public List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
