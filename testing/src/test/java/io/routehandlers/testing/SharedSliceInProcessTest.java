package io.routehandlers.testing;

import io.routehandlers.tck.shared.RouteClient;
import io.routehandlers.tck.shared.SharedSlice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The TCK's shared slice through a RouteTester: the same routes, configuration and exact assertions as the TCK runs
 * over HTTP on each server, so the tester and the servers must agree (S-14.1).
 */
class SharedSliceInProcessTest extends SharedSlice {

    private static RouteTester tester;

    @BeforeAll
    static void start() {
        RouteTester.Builder builder = RouteTester.builder().classes(ROUTES);
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
}
