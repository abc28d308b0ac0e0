package io.routehandlers.testing;

import io.routehandlers.tck.json.JsonSlice;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The TCK's application JSON-B through a RouteTester: the tester and the servers must agree (S-14.1). */
class JsonInProcessTest extends JsonSlice {

    private static RouteTester tester;

    @BeforeAll
    static void start() {
        tester = RouteTester.builder().classes(ROUTES).build();
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
