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
        return entry(route, bodyBytes, false, tags);
    }

    private static CachedResponse entry(String route, int bodyBytes, boolean listed, String... tags) {
        return new CachedResponse(
                200,
                List.of(Map.entry("Content-Type", "application/json")),
                new byte[bodyBytes],
                "\"e\"",
                route,
                List.of(tags),
                Instant.now(),
                false,
                listed,
                "");
    }

    @Test
    void aFloodOfUnlistedEntriesNeverEvictsAListedOne() {
        InMemoryResponseCacheStore store = new InMemoryResponseCacheStore(64 * 1024);
        store.put("/products/1", entry("/products/[id]", 1_000, true));
        store.put("/catalog", entry("/catalog", 1_000, true));
        for (int i = 0; i < 100_000; i++) {
            store.put("/products/unknown-" + i, entry("/products/[id]", 200));
        }
        assertThat(store.get("/products/1")).isPresent();
        assertThat(store.get("/catalog")).isPresent();
        assertThat(store.weightedSize()).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void listedEntriesTakeTheirShareOfTheBudgetFirst() {
        InMemoryResponseCacheStore store = new InMemoryResponseCacheStore(10_000);
        store.put("/big", entry("/big", 9_000, true));
        for (int i = 0; i < 100; i++) {
            store.put("/small/" + i, entry("/small/[i]", 500));
        }
        assertThat(store.weightedSize()).isLessThanOrEqualTo(10_000);
        assertThat(store.get("/big")).isPresent();
    }

    @Test
    void revalidatingAListedEntryMarksIt() {
        InMemoryResponseCacheStore store = new InMemoryResponseCacheStore(1 << 20);
        store.put("/catalog", entry("/catalog", 10, true, "catalog"));
        store.revalidate(new Revalidation.Tag("catalog"));
        assertThat(store.get("/catalog").orElseThrow().revalidated()).isTrue();
        assertThat(store.get("/catalog").orElseThrow().listed()).isTrue();
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
