package io.routehandlers.tck.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a shared test reaches the routes: over HTTP to a server (the TCK), or in process (an implementation's own
 * test harness, such as routehandlers-testing's RouteTester). The same assertions hold both ways.
 */
public interface RouteClient {

    /**
     * Sends a request.
     *
     * @param method the method
     * @param path the path below the context root, as a client sends it
     * @param headers name and value pairs
     * @param body the body as UTF-8 text, empty for none
     * @return the answer
     */
    Reply send(String method, String path, List<Map.Entry<String, String>> headers, String body);

    /**
     * Opens a WebSocket to a route (S-17) with the handshake's headers and these (such as {@code Origin}).
     *
     * @param path the path below the context root
     * @param headers name and value pairs
     * @return the socket, open or refused
     */
    default ClientSocket socket(String path, String... headers) {
        throw new UnsupportedOperationException("This client opens no WebSockets");
    }

    /** {@code GET path}. */
    default Reply get(String path) {
        return send("GET", path, List.of(), "");
    }

    /** A request without a body. */
    default Reply send(String method, String path, String... headers) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            list.add(Map.entry(headers[i], headers[i + 1]));
        }
        return send(method, path, list, "");
    }
}
