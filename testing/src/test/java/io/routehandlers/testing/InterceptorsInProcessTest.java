package io.routehandlers.testing;

import io.routehandlers.tck.interceptors.InterceptorsSlice;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The TCK's interceptors through a RouteTester: the tester and the servers must agree (S-14.1). */
class InterceptorsInProcessTest extends InterceptorsSlice {

    private static RouteTester tester;

    @BeforeAll
    static void start() {
        tester = RouteTester.builder().classes(CLASSES).build();
    }

    @AfterAll
    static void stop() {
        tester.close();
    }

    @Override
    protected RouteClient client() {
        return InProcess.client(tester);
    }
}
