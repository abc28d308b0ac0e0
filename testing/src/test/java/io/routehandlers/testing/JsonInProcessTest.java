package io.routehandlers.testing;

import io.routehandlers.tck.json.JsonSlice;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TCK's application JSON-B through a RouteTester: the tester and the servers must agree (S-14.1).
 */
class JsonInProcessTest extends JsonSlice {

    @RegisterExtension
    static final InProcess TESTER = InProcess.of(ROUTES);

    @Override
    protected RouteClient client() {
        return TESTER.client();
    }
}
