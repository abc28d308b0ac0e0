package io.routehandlers.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestClock;
import io.routehandlers.testing.TestResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cached routes: prerendered answers, stale-while-revalidate on a moved clock, and protected revalidation. */
class CachedRoutesTest {

    @Test
    void listedProductsArePrerenderedAndOthersAre404() {
        try (RouteTester tester = RouteTester.of(ProductRoute.class, Catalogue.class)) {
            TestResponse lamp = tester.get("/api/products/lamp");
            assertThat(lamp.cacheStatus()).contains("HIT");
            assertThat(lamp.header("ETag")).isPresent();
            assertThat(tester.get("/api/products/sofa").status()).isEqualTo(404);
        }
    }

    @Test
    void timeIsFreshForFiveSecondsThenStaleOnceThenNew() {
        TestClock clock = new TestClock();
        try (RouteTester tester =
                RouteTester.builder().classes(TimeRoute.class).clock(clock).build()) {
            String first = tester.get("/api/time").text();
            clock.advance(Duration.ofSeconds(5));
            TestResponse stale = tester.get("/api/time");
            assertThat(stale.cacheStatus()).contains("STALE");
            assertThat(stale.text()).isEqualTo(first);
            TestResponse renewed = tester.get("/api/time");
            assertThat(renewed.cacheStatus()).contains("HIT");
            assertThat(renewed.text()).isNotEqualTo(first);
        }
    }

    @Test
    void revalidationIsForAdminsOnly() {
        try (RouteTester tester = RouteTester.of(RevalidateRoute.class, ProductRoute.class, Catalogue.class)) {
            assertThat(tester.request("POST", "/api/revalidate?tag=products")
                            .send()
                            .status())
                    .isEqualTo(401);
            assertThat(tester.request("POST", "/api/revalidate?tag=products")
                            .user("bob")
                            .send()
                            .status())
                    .isEqualTo(403);
            assertThat(tester.request("POST", "/api/revalidate?tag=products")
                            .user("ada", "admin")
                            .send()
                            .status())
                    .isEqualTo(200);
            assertThat(tester.get("/api/products/lamp").cacheStatus()).contains("REVALIDATED");
        }
    }

    @Test
    void malformedPathToRevalidateIsABadRequest() {
        try (RouteTester tester = RouteTester.of(RevalidateRoute.class, ProductRoute.class, Catalogue.class)) {
            TestResponse response = tester.request("POST", "/api/revalidate")
                    .query("path", "/api/products/%ZZ")
                    .user("ada", "admin")
                    .send();
            assertThat(response.status()).isEqualTo(400);
        }
    }
}
