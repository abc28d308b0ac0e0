package io.routehandlers.testing;

import io.routehandlers.tck.shared.ClientSocket;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import io.routehandlers.tck.sockets.SocketsSlice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TCK's WebSocket slice through a RouteTester's in-process sockets: the tester and the servers must agree. */
class SocketsInProcessTest extends SocketsSlice {

    @RegisterExtension
    static final InProcess TESTER = InProcess.of(CLASSES, CONFIG);

    @Override
    protected RouteClient client() {
        RouteClient http = TESTER.client();
        return new RouteClient() {
            @Override
            public Reply send(String method, String path, List<Map.Entry<String, String>> headers, String body) {
                return http.send(method, path, headers, body);
            }

            @Override
            public ClientSocket socket(String path, String... headers) {
                return TESTER.socket(path, headers);
            }
        };
    }

    @Override
    protected String ownOrigin() {
        return "http://localhost";
    }
}
