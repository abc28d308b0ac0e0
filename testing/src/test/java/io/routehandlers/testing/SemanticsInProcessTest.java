package io.routehandlers.testing;

import io.routehandlers.tck.semantics.SemanticsSlice;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TCK's HTTP semantics slice through a RouteTester: the tester and the servers must agree (S-14.1). */
class SemanticsInProcessTest extends SemanticsSlice {

    @RegisterExtension
    static final InProcess TESTER = InProcess.of(CLASSES, CONFIG);

    @Override
    protected RouteClient client() {
        return TESTER.client();
    }
}
