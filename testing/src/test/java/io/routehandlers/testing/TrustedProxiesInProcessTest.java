package io.routehandlers.testing;

import io.routehandlers.tck.clients.TrustedProxiesSlice;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TCK's TrustedProxies slice through a RouteTester: the tester and the servers must agree (S-14.1).
 */
class TrustedProxiesInProcessTest extends TrustedProxiesSlice {

    @RegisterExtension
    static final InProcess TESTER = InProcess.of(CLASSES, CONFIG);

    @Override
    protected RouteClient client() {
        return TESTER.client();
    }
}
