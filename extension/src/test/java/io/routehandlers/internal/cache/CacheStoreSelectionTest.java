package io.routehandlers.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.fixtures.Harness;
import io.routehandlers.spi.CacheStore;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** S-12.1: routehandlers.cache.store selects a store bean by its @CacheStore name. */
class CacheStoreSelectionTest {

    /** A named store, as routehandlers-jcache's is. */
    @ApplicationScoped
    public static class SharedStore {
        @Produces
        @ApplicationScoped
        @CacheStore("shared")
        ResponseCacheStore shared() {
            return new InMemoryResponseCacheStore(1_000_000);
        }
    }

    @Test
    void theNamedStoreIsTheCachesStore() {
        try (Harness harness = Harness.start(Map.of("routehandlers.cache.store", "shared"), SharedStore.class)) {
            ResponseCache cache =
                    harness.container().select(ResponseCache.class).get();
            cache.store()
                    .put(
                            "/k",
                            new CachedResponse(
                                    200,
                                    List.of(),
                                    new byte[0],
                                    "\"e\"",
                                    "/k",
                                    List.of(),
                                    Instant.now(),
                                    false,
                                    false,
                                    ""));

            ResponseCacheStore shared = harness.container()
                    .select(ResponseCacheStore.class, CacheStore.Literal.of("shared"))
                    .get();
            assertThat(shared.get("/k")).isPresent();
        }
    }

    @Test
    void aNameNoStoreHasFailsDeploymentWithRh048() {
        assertThatThrownBy(() -> Harness.start(Map.of("routehandlers.cache.store", "jcache"))
                        .close())
                .hasStackTraceContaining("RH-048 routehandlers.cache.store=jcache names no store")
                .hasStackTraceContaining("add io.routehandlers:routehandlers-jcache");
    }

    @Test
    void anUnqualifiedStoreIsNotTakenForANamedOne() {
        try (Harness harness = Harness.start(SharedStore.class)) {
            ResponseCache cache =
                    harness.container().select(ResponseCache.class).get();
            assertThat(((GuardedStore) cache.store()).store()).isInstanceOf(InMemoryResponseCacheStore.class);
        }
    }
}
