package io.routehandlers.testing;

import io.routehandlers.tck.problems.ProblemsSlice;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The TCK's problem details through a RouteTester: the tester and the servers must agree (S-14.1). */
class ProblemsInProcessTest extends ProblemsSlice {

    private static RouteTester tester;

    @BeforeAll
    static void start() {
        RouteTester.Builder builder = RouteTester.builder().classes(CLASSES);
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
        return InProcess.client(tester);
    }

    @Override
    protected String contextPath() {
        return "";
    }
}
