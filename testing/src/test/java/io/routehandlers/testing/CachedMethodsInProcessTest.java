package io.routehandlers.testing;

import io.routehandlers.tck.cachedmethods.CachedMethodsSlice;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TCK's cached methods slice through a RouteTester: the tester and the servers must agree (S-14.1). */
class CachedMethodsInProcessTest extends CachedMethodsSlice {

    @RegisterExtension
    static final InProcess TESTER = InProcess.of(CLASSES, CONFIG);

    @Override
    protected RouteClient client() {
        return TESTER.client();
    }
}
