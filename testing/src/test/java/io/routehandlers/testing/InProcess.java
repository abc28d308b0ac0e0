package io.routehandlers.testing;

import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The TCK's slices in process: a {@link RouteClient} over a RouteTester. */
final class InProcess {

    private InProcess() {}

    /** A client that sends each request through the tester. */
    static RouteClient client(RouteTester tester) {
        return (method, path, headers, body) -> {
            TestRequest request = tester.request(method, path);
            String contentType = "text/plain";
            for (Map.Entry<String, String> header : headers) {
                if (header.getKey().equalsIgnoreCase("Content-Type")) {
                    contentType = header.getValue();
                } else {
                    request.header(header.getKey(), header.getValue());
                }
            }
            if (!body.isEmpty()) {
                request.body(body.getBytes(StandardCharsets.UTF_8), contentType);
            }
            TestResponse response = request.send();
            Map<String, List<String>> received = new LinkedHashMap<>();
            for (Map.Entry<String, String> header : response.headers()) {
                received.computeIfAbsent(header.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(header.getValue());
            }
            return new Reply(response.status(), received, response.text());
        };
    }
}
