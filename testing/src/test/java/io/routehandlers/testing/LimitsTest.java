package io.routehandlers.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.ConcurrencyLimit;
import io.routehandlers.FilterContext;
import io.routehandlers.FilterPaths;
import io.routehandlers.RateLimit;
import io.routehandlers.Route;
import io.routehandlers.RouteFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.ws.rs.GET;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Limits through a RouteTester: its clock ends windows, {@code from} sets the client, users have counts of their own. */
class LimitsTest {

    @Route("/limited")
    @RateLimit(1)
    public static class Limited {
        @GET
        public String get() {
            return "limited";
        }
    }

    @Route("/per-user")
    @RateLimit(value = 1, per = RateLimit.Per.USER)
    public static class PerUser {
        @GET
        public String get() {
            return "per user";
        }
    }

    @Test
    void theTestersClockEndsAWindow() {
        TestClock clock = new TestClock();
        try (RouteTester tester =
                RouteTester.builder().classes(Limited.class).clock(clock).build()) {
            assertThat(tester.get("/limited").status()).isEqualTo(200);
            TestResponse refused = tester.get("/limited");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).hasValue("60");
            clock.advance(Duration.ofSeconds(59));
            assertThat(tester.get("/limited").header("Retry-After")).hasValue("1");
            clock.advance(Duration.ofSeconds(1));
            assertThat(tester.get("/limited").status()).isEqualTo(200);
        }
    }

    @Route("/daily")
    @RateLimit(value = 2, windowUnit = ChronoUnit.DAYS)
    public static class Daily {
        @GET
        public String get() {
            return "daily";
        }
    }

    @Test
    void aWindowOfADayIsADay() {
        try (RouteTester tester = RouteTester.of(Daily.class)) {
            TestResponse first = tester.get("/daily");
            assertThat(first.header("RateLimit-Policy")).hasValue("\"/daily\";q=2;w=86400");
            tester.get("/daily");
            assertThat(tester.get("/daily").header("Retry-After")).hasValue("86400");
        }
    }

    @Test
    void eachClientHasItsCountAndAnIpv6ClientIsCountedByItsNetwork() {
        try (RouteTester tester = RouteTester.of(Limited.class)) {
            assertThat(tester.request("GET", "/limited")
                            .from("203.0.113.1")
                            .send()
                            .status())
                    .isEqualTo(200);
            assertThat(tester.request("GET", "/limited")
                            .from("203.0.113.2")
                            .send()
                            .status())
                    .isEqualTo(200);
            assertThat(tester.request("GET", "/limited")
                            .from("203.0.113.1")
                            .send()
                            .status())
                    .isEqualTo(429);
            assertThat(tester.request("GET", "/limited")
                            .from("2001:db8:1:2::1")
                            .send()
                            .status())
                    .isEqualTo(200);
            assertThat(tester.request("GET", "/limited")
                            .from("2001:db8:1:2:ffff::9")
                            .send()
                            .status())
                    .as("the same /64")
                    .isEqualTo(429);
            assertThat(tester.request("GET", "/limited")
                            .from("2001:db8:1:3::1")
                            .send()
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void eachUserHasItsCountAndAnonymousCallersAreCountedByAddress() {
        try (RouteTester tester = RouteTester.of(PerUser.class)) {
            assertThat(tester.request("GET", "/per-user").user("ada").send().status())
                    .isEqualTo(200);
            assertThat(tester.request("GET", "/per-user")
                            .user("ada")
                            .from("203.0.113.7")
                            .send()
                            .status())
                    .isEqualTo(429);
            assertThat(tester.request("GET", "/per-user").user("bob").send().status())
                    .isEqualTo(200);
            assertThat(tester.request("GET", "/per-user").send().status()).isEqualTo(200);
            assertThat(tester.request("GET", "/per-user").send().status()).isEqualTo(429);
            assertThat(tester.request("GET", "/per-user")
                            .from("203.0.113.7")
                            .send()
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void problemDetailsDescribeARefusal() {
        try (RouteTester tester = RouteTester.builder()
                .classes(Limited.class)
                .config("routehandlers.problem-details", "true")
                .build()) {
            tester.get("/limited");
            TestResponse refused = tester.get("/limited");
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(refused.text()).contains("\"title\":\"Too Many Requests\"", "\"status\":429");
            assertThat(refused.header("Retry-After")).isPresent();
        }
    }

    /** A filter that names a limit the application did not configure. */
    @ApplicationScoped
    @FilterPaths("/limited")
    public static class UnknownLimiter implements RouteFilter {
        @Override
        public void filter(FilterContext context) {
            context.rateLimit("partners", "acme");
        }
    }

    @Test
    void aFilterNamingNoConfiguredLimitFails() {
        try (RouteTester tester = RouteTester.builder()
                .classes(Limited.class, UnknownLimiter.class)
                .config("routehandlers.rate-limit.internal", "10/1s")
                .build()) {
            assertThat(tester.get("/limited").status()).isEqualTo(500);
        }
    }

    @Route("/bad-limits")
    @RateLimit(value = 0)
    public static class BadLimits {
        @GET
        @RateLimit(value = 5, window = 500, windowUnit = ChronoUnit.MILLIS)
        public String get() {
            return "bad";
        }

        @ConcurrencyLimit(2)
        public String helper() {
            return "helper";
        }
    }

    @Test
    void invalidLimitsAndLimitsOnNoHandlerFailDeployment() {
        assertThatThrownBy(() -> RouteTester.of(BadLimits.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining(
                        "RH-053 Invalid @RateLimit(value = 0, window = 1, windowUnit = ChronoUnit.MINUTES) on class")
                .hasMessageContaining(
                        "RH-053 Invalid @RateLimit(value = 5, window = 500, windowUnit = ChronoUnit.MILLIS) on "
                                + "io.routehandlers.testing.LimitsTest$BadLimits#get.")
                .hasMessageContaining(
                        "RH-054 @ConcurrencyLimit on io.routehandlers.testing.LimitsTest$BadLimits#helper, which is not"
                                + " a handler: it would limit nothing.");
    }

    @Test
    void invalidLimitKeysFailDeployment() {
        assertThatThrownBy(() -> RouteTester.builder()
                        .classes(Limited.class)
                        .config("routehandlers.route./limited.rate-limit", "100 per minute")
                        .config("routehandlers.route./limited.concurrency-limit.max-wait", "forever")
                        .config("routehandlers.trusted-proxies", "10.0.0.0/8, proxy.example")
                        .config("routehandlers.rate-limit.a b", "1/1s")
                        .build())
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("RH-032 Invalid configuration value routehandlers.route./limited.rate-limit=100 "
                        + "per minute")
                .hasMessageContaining("routehandlers.route./limited.concurrency-limit.max-wait=forever")
                .hasMessageContaining("routehandlers.trusted-proxies=proxy.example")
                .hasMessageContaining("routehandlers.rate-limit.a b=1/1s");
    }
}
