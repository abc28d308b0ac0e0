package io.routehandlers.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.RateLimit;
import io.routehandlers.internal.config.RateLimitPolicy;
import io.routehandlers.internal.config.TrustedProxies;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.RateWindow;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rate limits counted through a store shared by servers (S-16.4): shares far from the limit, one by one near it. */
class RateLimiterTest {

    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    /** A store of windows shared by the limiters of the test, as the JCache store is by servers. */
    private static class SharedWindows implements ResponseCacheStore {
        final Map<String, RateWindow> windows = new HashMap<>();
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public synchronized Optional<RateWindow> take(
                String key, long requests, long limit, Duration window, Instant at) {
            calls.incrementAndGet();
            RateWindow next = RateWindow.next(windows.get(key), requests, limit, window, at);
            windows.put(key, next);
            return Optional.of(next);
        }

        @Override
        public Optional<CachedResponse> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, CachedResponse entry) {}

        @Override
        public void revalidate(Revalidation which) {}
    }

    private RateLimiter server(ResponseCacheStore store, long requests) {
        return new RateLimiter(
                store,
                () -> now,
                TrustedProxies.NONE,
                Map.of("api", new RateLimitPolicy("api", requests, Duration.ofMinutes(1), RateLimit.Per.GLOBAL)));
    }

    private static int allowed(RateLimiter limiter, int requests) {
        int allowed = 0;
        for (int i = 0; i < requests; i++) {
            allowed += limiter.count("api", "acme").allowed() ? 1 : 0;
        }
        return allowed;
    }

    @Test
    void farFromTheLimitAServerTakesAShareAndGivesItOutWithoutTheStore() {
        SharedWindows store = new SharedWindows();
        RateLimiter a = server(store, 10_000);

        assertThat(allowed(a, 625)).isEqualTo(625);
        assertThat(store.calls).as("one share of a sixteenth of what is left").hasValue(1);
        assertThat(allowed(a, 1)).isEqualTo(1);
        assertThat(store.calls).hasValue(2);
        RateLimiter.Decision next = a.count("api", "acme");
        assertThat(next.headers().get(1).getValue()).isEqualTo("\"api\";r=" + (10_000 - 627) + ";t=60");
    }

    @Test
    void twoServersNeverGiveOutMoreThanTheLimitAndNearItCountOneByOne() {
        SharedWindows store = new SharedWindows();
        RateLimiter a = server(store, 1_000);
        RateLimiter b = server(store, 1_000);

        int allowed = 0;
        for (int i = 0; i < 1_500; i++) {
            allowed += (i % 3 == 0 ? a : b).count("api", "acme").allowed() ? 1 : 0;
        }

        assertThat(allowed).isLessThanOrEqualTo(1_000).isGreaterThan(1_000 - 2 * 100);
        assertThat(store.windows.get("api\nkey acme").count()).isEqualTo(1_000);
        int calls = store.calls.get();
        assertThat(allowed(a, 10))
                .as("full: refused from memory until the window ends")
                .isZero();
        assertThat(store.calls).hasValue(calls);
        now = now.plusSeconds(60);
        assertThat(allowed(a, 1)).isEqualTo(1);
    }

    @Test
    void aSmallLimitIsCountedOneByOneExactly() {
        SharedWindows store = new SharedWindows();
        RateLimiter a = server(store, 10);
        RateLimiter b = server(store, 10);

        int allowed = 0;
        for (int i = 0; i < 30; i++) {
            allowed += (i % 2 == 0 ? a : b).count("api", "acme").allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(10);
        // One call per request until the window was full, and one more by the server that did not fill it.
        assertThat(store.calls).hasValue(11);
    }

    @Test
    void whileTheStoreFailsAServerCountsOnFromWhatItLastSaid() {
        SharedWindows shared = new SharedWindows();
        boolean[] down = new boolean[1];
        ResponseCacheStore flaky = new SharedWindows() {
            @Override
            public synchronized Optional<RateWindow> take(
                    String key, long requests, long limit, Duration window, Instant at) {
                return down[0] ? Optional.empty() : shared.take(key, requests, limit, window, at);
            }
        };
        RateLimiter a = server(flaky, 10);

        assertThat(allowed(a, 8)).isEqualTo(8);
        down[0] = true;
        assertThat(allowed(a, 5)).as("not a fresh limit").isEqualTo(2);
        now = now.plusSeconds(60);
        assertThat(allowed(a, 12)).as("a new window, counted in memory").isEqualTo(10);
    }

    @Test
    void withoutAStoreThatCountsEachServerCountsAlone() {
        ResponseCacheStore memory = new SharedWindows() {
            @Override
            public synchronized Optional<RateWindow> take(
                    String key, long requests, long limit, Duration window, Instant at) {
                return Optional.empty();
            }
        };
        RateLimiter a = server(memory, 5);
        RateLimiter b = server(memory, 5);

        assertThat(allowed(a, 8)).isEqualTo(5);
        assertThat(allowed(b, 8)).isEqualTo(5);
        RateLimiter.Decision refused = a.count("api", "acme");
        assertThat(refused.refusal().status()).isEqualTo(429);
        assertThat(refused.refusal().header("Retry-After")).hasValue("60");
    }
}
