package io.routehandlers.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.RouteCache;
import io.routehandlers.testing.kitchen.Cookbook;
import io.routehandlers.testing.kitchen.Recipe;
import io.routehandlers.testing.kitchen.RecipesRoute;
import io.routehandlers.testing.kitchen.SoupRoute;
import io.routehandlers.testing.kitchen.SpecialsRoute;
import jakarta.enterprise.inject.spi.DeploymentException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RouteTesterTest {

    @Test
    void routeAnswersInProcessWithItsJsonAndHeaders() {
        try (RouteTester tester = RouteTester.of(RecipesRoute.class, Cookbook.class)) {
            TestResponse response = tester.get("/recipes/soup");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).contains("application/json");
            assertThat(response.json(Recipe.class)).isEqualTo(new Recipe("soup", "Soup"));
            assertThat(response.setCookies()).containsExactly("last-seen=soup; Path=/");
        }
    }

    @Test
    void requestCarriesAJsonBodyAndTheAnswerItsStatusAndLocation() {
        try (RouteTester tester = RouteTester.of(RecipesRoute.class, Cookbook.class)) {
            TestResponse created = tester.request("POST", "/recipes")
                    .json(new Recipe("stew", "Stew"))
                    .send();
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.header("Location")).contains("/recipes/stew");
            assertThat(tester.get("/recipes").json(Recipe[].class))
                    .containsExactly(new Recipe("soup", "Soup"), new Recipe("stew", "Stew"));
        }
    }

    @Test
    void malformedJsonIs400AndAnUnknownRecipe404() {
        try (RouteTester tester = RouteTester.of(RecipesRoute.class, Cookbook.class)) {
            assertThat(tester.request("POST", "/recipes")
                            .body("{".getBytes(), "application/json")
                            .send()
                            .status())
                    .isEqualTo(400);
            assertThat(tester.get("/recipes/cake").status()).isEqualTo(404);
            assertThat(tester.get("/nowhere").routed()).isFalse();
        }
    }

    @Test
    void conflictingRoutesMakeConstructionThrowTheRhMessage() {
        assertThatThrownBy(() -> RouteTester.of(SpecialsRoute.class, SoupRoute.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessage("""
                        1 route problem: RH-001 (see Deployment errors in the routehandlers docs)

                        RH-001 Conflicting routes at /specials:
                          - io.routehandlers.testing.kitchen.SoupRoute ((menu)/specials)
                          - io.routehandlers.testing.kitchen.SpecialsRoute (specials)
                          Fix: two routes cannot answer the same URL (route groups are left out of it); move or \
                        remove one.""");
    }

    @Test
    void revalidatedAnswerIsHitThenStaleThenNewAsTheClockMoves() {
        TestClock clock = new TestClock();
        try (RouteTester tester =
                RouteTester.builder().classes(SpecialsRoute.class).clock(clock).build()) {
            tester.bean(RouteCache.class).revalidatePath("/specials"); // rendered at start on the system clock
            assertThat(tester.get("/specials").cacheStatus()).contains("REVALIDATED");
            assertThat(tester.get("/specials").cacheStatus()).contains("HIT");
            clock.advance(Duration.ofSeconds(60));
            TestResponse stale = tester.get("/specials");
            assertThat(stale.cacheStatus()).contains("STALE");
            assertThat(stale.text()).isEqualTo("special 2");
            TestResponse regenerated = tester.get("/specials");
            assertThat(regenerated.cacheStatus()).contains("HIT");
            assertThat(regenerated.text()).isEqualTo("special 3");
        }
    }

    @Test
    void configurationIsTheTestersOwn() {
        try (RouteTester tester = RouteTester.builder()
                .classes(RecipesRoute.class, Cookbook.class)
                .config("routehandlers.max-body-size", "10")
                .build()) {
            TestResponse tooLarge = tester.request("POST", "/recipes")
                    .json(new Recipe("pie", "Apple pie"))
                    .send();
            assertThat(tooLarge.status()).isEqualTo(413);
        }
    }

    @Test
    void cookieJarSendsBackWhatAnswersSet() {
        try (RouteTester tester = RouteTester.builder()
                .classes(RecipesRoute.class, Cookbook.class)
                .cookieJar()
                .build()) {
            tester.get("/recipes/soup");
            assertThat(tester.jarCookies()).containsEntry("last-seen", "soup");
        }
    }

    @Test
    void keyOfARouteTheTesterDoesNotStartIsNoProblem() {
        // An application's microprofile-config.properties configures all of its routes; a test starts some.
        try (RouteTester tester = RouteTester.builder()
                .classes(RecipesRoute.class, Cookbook.class)
                .config("routehandlers.route./specials.revalidate", "60")
                .build()) {
            assertThat(tester.get("/recipes/soup").status()).isEqualTo(200);
        }
    }
}
