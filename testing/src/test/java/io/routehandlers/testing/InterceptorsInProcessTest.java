package io.routehandlers.testing;

import io.routehandlers.tck.interceptors.InterceptorsSlice;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TCK's interceptors through a RouteTester: the tester and the servers must agree (S-14.1).
 */
class InterceptorsInProcessTest extends InterceptorsSlice {

    @RegisterExtension
    static final InProcess TESTER = InProcess.of(CLASSES);

    @Override
    protected RouteClient client() {
        return TESTER.client();
    }
}
