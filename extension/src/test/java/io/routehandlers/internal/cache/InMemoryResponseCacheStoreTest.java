package io.routehandlers.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.Revalidation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryResponseCacheStoreTest {

    private static CachedResponse entry(String route, int bodyBytes, String... tags) {
        return new CachedResponse(
                200,
                List.of(Map.entry("Content-Type", "application/json")),
                new byte[bodyBytes],
                "\"e\"",
                route,
                List.of(tags),
                Instant.now(),
                false);
    }

    @Test
    void hundredThousandDistinctParamsStayWithinTheByteBudget() {
        long budget = 4L * 1024 * 1024;
        InMemoryResponseCacheStore store = new InMemoryResponseCacheStore(budget);
        for (int i = 0; i < 100_000; i++) {
            store.put("/items/" + i, entry("/items/[slug]", 512));
        }
        assertThat(store.weightedSize())
                .as("bytes held after 100,000 puts")
                .isLessThanOrEqualTo(budget)
                .isGreaterThan(budget / 2);
        assertThat(store.size()).as("entries held").isBetween(1_000L, 100_000L - 1);
    }

    @Test
    void revalidatingAKeyMarksOnlyThatEntry() {
        InMemoryResponseCacheStore store = new InMemoryResponseCacheStore(1 << 20);
        store.put("/items/a", entry("/items/[slug]", 1));
        store.put("/items/b", entry("/items/[slug]", 1));
        store.revalidate(new Revalidation.Key("/items/a"));
        assertThat(store.get("/items/a"))
                .hasValueSatisfying(e -> assertThat(e.revalidated()).isTrue());
        assertThat(store.get("/items/b"))
                .hasValueSatisfying(e -> assertThat(e.revalidated()).isFalse());
    }

    @Test
    void revalidatingARouteOrATagMarksEveryEntryOfIt() {
        InMemoryResponseCacheStore store = new InMemoryResponseCacheStore(1 << 20);
        store.put("/items/a", entry("/items/[slug]", 1, "items"));
        store.put("/about", entry("/about", 1));
        store.put("/news", entry("/news", 1, "items", "news"));
        store.revalidate(new Revalidation.Route("/items/[slug]"));
        assertThat(store.get("/items/a").orElseThrow().revalidated()).isTrue();
        assertThat(store.get("/news").orElseThrow().revalidated()).isFalse();
        store.revalidate(new Revalidation.Tag("news"));
        assertThat(store.get("/news").orElseThrow().revalidated()).isTrue();
        assertThat(store.get("/about").orElseThrow().revalidated()).isFalse();
    }

    @Test
    void revalidatingAMissingKeyAddsNothing() {
        InMemoryResponseCacheStore store = new InMemoryResponseCacheStore(1 << 20);
        store.revalidate(new Revalidation.Key("/nothing"));
        assertThat(store.get("/nothing")).isEmpty();
    }
}
