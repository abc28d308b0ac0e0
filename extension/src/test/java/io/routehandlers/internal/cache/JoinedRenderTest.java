package io.routehandlers.internal.cache;

import static io.routehandlers.fixtures.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.fixtures.Harness;
import io.routehandlers.internal.direct.DirectResponse;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Concurrent misses of one key share one render (S-8.11), and the request that rendered stores its entry once: the
 * requests that joined it write nothing (on a shared store, each write is a round trip to the cluster).
 */
class JoinedRenderTest {

    static final AtomicInteger RENDERS = new AtomicInteger();
    static final AtomicInteger PUTS = new AtomicInteger();
    static volatile CountDownLatch entered = new CountDownLatch(1);
    /** Open until the test closes it: the prerender at start passes. */
    static volatile CountDownLatch gate = new CountDownLatch(0);

    /** A cached route whose render waits at a gate. */
    @Route("/report")
    @RouteConfig(revalidate = 3600)
    public static class Report {
        @GET
        public String get() throws InterruptedException {
            int render = RENDERS.incrementAndGet();
            entered.countDown();
            gate.await(10, TimeUnit.SECONDS);
            return "report " + render;
        }
    }

    /** The application's store: in memory, counting its writes. */
    @ApplicationScoped
    public static class CountingStore implements ResponseCacheStore {
        private final InMemoryResponseCacheStore memory = new InMemoryResponseCacheStore(1 << 20);

        @Override
        public Optional<CachedResponse> get(String key) {
            return memory.get(key);
        }

        @Override
        public void put(String key, CachedResponse entry) {
            PUTS.incrementAndGet();
            memory.put(key, entry);
        }

        @Override
        public void revalidate(Revalidation which) {
            memory.revalidate(which);
        }
    }

    @Test
    void requestsThatJoinARenderShareItsAnswerAndTheRendererStoresItOnce() throws Exception {
        try (Harness routes = Harness.start(Report.class, CountingStore.class)) {
            routes.container().select(ResponseCache.class).get().revalidatePath("/report");
            RENDERS.set(0);
            PUTS.set(0);
            entered = new CountDownLatch(1);
            gate = new CountDownLatch(1);

            List<CompletableFuture<DirectResponse>> requests = new ArrayList<>();
            requests.add(CompletableFuture.supplyAsync(() -> routes.get("/report")));
            assertThat(entered.await(10, TimeUnit.SECONDS))
                    .as("the first request renders")
                    .isTrue();
            for (int i = 0; i < 3; i++) {
                requests.add(CompletableFuture.supplyAsync(() -> routes.get("/report")));
            }
            Thread.sleep(300); // the three reach the render in flight and join it
            gate.countDown();

            for (CompletableFuture<DirectResponse> request : requests) {
                assertThat(text(request.get(10, TimeUnit.SECONDS))).isEqualTo("report 1");
            }
            assertThat(RENDERS).hasValue(1);
            assertThat(PUTS)
                    .as("the entry written by the request that rendered it, once")
                    .hasValue(1);
        }
    }
}
