package io.routehandlers.tck.shared;

import io.routehandlers.tck.Http;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The {@link RouteClient} of the TCK's slices over HTTP: requests to a deployed WAR, redirects not followed. */
public final class OverHttp {

    private OverHttp() {}

    /** A client of the WAR at this base URL. */
    public static RouteClient to(URL base) {
        return new RouteClient() {
            @Override
            public Reply send(String method, String path, List<Map.Entry<String, String>> headers, String body) {
                return OverHttp.send(base, method, path, headers, body);
            }

            @Override
            public ClientSocket socket(String path, String... headers) {
                return WebSocketClient.open(base, path, headers);
            }
        };
    }

    private static Reply send(
            URL base, String method, String path, List<Map.Entry<String, String>> headers, String body) {
        HttpRequest.Builder request = Http.at(base)
                .request(path)
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(header -> request.header(header.getKey(), header.getValue()));
        HttpResponse<String> response = Http.at(base).send(request.build());
        Map<String, List<String>> received = new TreeMap<>();
        response.headers().map().forEach((name, values) -> received.put(name.toLowerCase(Locale.ROOT), values));
        return new Reply(response.statusCode(), received, response.body());
    }
}
