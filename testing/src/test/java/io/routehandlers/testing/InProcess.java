package io.routehandlers.testing;

import io.routehandlers.tck.shared.ClientSocket;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The TCK's slices in process: a RouteTester over a slice's classes and configuration for the test class's life
 * (register it with {@code @RegisterExtension}), and a {@link RouteClient} that sends each request through it.
 */
final class InProcess implements BeforeAllCallback, AfterAllCallback {

    private final Class<?>[] classes;
    private final String[] config;
    private RouteTester tester;

    private InProcess(Class<?>[] classes, String[] config) {
        this.classes = classes;
        this.config = config;
    }

    /**
     * A tester of these classes.
     *
     * @param classes the slice's routes and beans
     * @param config the slice's configuration, {@code key=value}
     */
    static InProcess of(Class<?>[] classes, String... config) {
        return new InProcess(classes, config);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        RouteTester.Builder builder = RouteTester.builder().classes(classes);
        for (String entry : config) {
            int eq = entry.indexOf('=');
            builder.config(entry.substring(0, eq), entry.substring(eq + 1));
        }
        tester = builder.build();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (tester != null) {
            tester.close();
        }
    }

    /** A WebSocket through the tester, as the TCK's slices open one. */
    ClientSocket socket(String path, String... headers) {
        TestRequest request = tester.request("GET", path);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        TestSocket socket = request.socket();
        return new ClientSocket() {
            @Override
            public int status() {
                return socket.status();
            }

            @Override
            public void send(String text) {
                socket.send(text);
            }

            @Override
            public void send(byte[] data) {
                socket.send(data);
            }

            @Override
            public String receiveText() {
                return socket.receiveText();
            }

            @Override
            public byte[] receiveBinary() {
                return socket.receiveBinary();
            }

            @Override
            public int awaitClose() {
                return socket.awaitClose();
            }

            @Override
            public String closeReason() {
                return socket.closeReason();
            }

            @Override
            public void close(int code, String reason) {
                socket.close(code, reason);
            }

            @Override
            public void close() {
                socket.close();
            }
        };
    }

    /** A client that sends each request through the tester. */
    RouteClient client() {
        return (method, path, headers, body) -> {
            TestRequest request = tester.request(method, path);
            String contentType = null; // as over HTTP: no Content-Type unless the test sends one
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
