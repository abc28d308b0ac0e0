package io.routehandlers.testing;

import io.routehandlers.tck.shared.RouteClient;
import io.routehandlers.tck.shared.SharedSlice;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TCK's shared slice through a RouteTester: the same routes, configuration and exact assertions as the TCK runs
 * over HTTP on each server, so the tester and the servers must agree (S-14.1).
 */
class SharedSliceInProcessTest extends SharedSlice {

    @RegisterExtension
    static final InProcess TESTER = InProcess.of(ROUTES, CONFIG);

    @Override
    protected RouteClient client() {
        return TESTER.client();
    }
}
