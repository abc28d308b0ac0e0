package io.routehandlers.testing;

import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import io.routehandlers.tck.shared.SharedSlice;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The TCK's shared slice through a RouteTester: the same routes, configuration and exact assertions as the TCK runs
 * over HTTP on each server, so the tester and the servers must agree (S-14.1).
 */
class SharedSliceInProcessTest extends SharedSlice {

    private static RouteTester tester;

    @BeforeAll
    static void start() {
        RouteTester.Builder builder = RouteTester.builder().classes(ROUTES);
        for (String entry : CONFIG) {
            int eq = entry.indexOf('=');
            builder.config(entry.substring(0, eq), entry.substring(eq + 1));
        }
        tester = builder.build();
    }

    @AfterAll
    static void stop() {
        tester.close();
    }

    @Override
    protected RouteClient client() {
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
