package io.routehandlers.testing;

import io.routehandlers.tck.problems.ProblemsSlice;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The TCK's problem details through a RouteTester: the tester and the servers must agree (S-14.1).
 */
class ProblemsInProcessTest extends ProblemsSlice {

    @RegisterExtension
    static final InProcess TESTER = InProcess.of(CLASSES, CONFIG);

    @Override
    protected RouteClient client() {
        return TESTER.client();
    }

    @Override
    protected String contextPath() {
        return "";
    }
}
