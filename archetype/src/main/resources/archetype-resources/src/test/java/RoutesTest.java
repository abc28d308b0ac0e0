package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.RouteTest;
import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestClock;
import io.routehandlers.testing.TestResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The routes, run in process by RouteTester: the pipeline a server runs, in milliseconds, without a server. */
@RouteTest({HelloRoute.class, TimeRoute.class})
class RoutesTest {

    @Test
    void helloAnswersTheNameAsJson(RouteTester tester) {
        TestResponse response = tester.get("/hello/ada");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).contains("application/json");
        assertThat(response.text()).isEqualTo("{\"hello\":\"ada\"}");
    }

    @Test
    void postToHelloAnswers405WithAllow(RouteTester tester) {
        TestResponse response = tester.request("POST", "/hello/ada").send();
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).contains("GET, HEAD, OPTIONS");
    }

    @Test
    void timeIsCachedThenStaleOnceThenRegenerated() {
        TestClock clock = new TestClock();
        try (RouteTester tester =
                RouteTester.builder().classes(TimeRoute.class).clock(clock).build()) {
            TestResponse first = tester.get("/time");
            assertThat(first.cacheStatus()).contains("HIT");
            clock.advance(Duration.ofSeconds(10));
            TestResponse stale = tester.get("/time");
            assertThat(stale.cacheStatus()).contains("STALE");
            assertThat(stale.text()).isEqualTo(first.text());
            assertThat(tester.get("/time").text()).isNotEqualTo(first.text());
        }
    }
}
