package io.routehandlers.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.fixtures.LogRecords;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** S-12.5: a store that fails never fails a request, and the cache resumes when it is back. */
class GuardedStoreTest {

    /** An in-memory store that can be made to fail, recording the revalidations it received. */
    private static final class FlakyStore implements ResponseCacheStore {
        final InMemoryResponseCacheStore memory = new InMemoryResponseCacheStore(1_000_000);
        final List<Revalidation> received = new ArrayList<>();
        volatile boolean down;
        /** Run once by the next revalidation the store accepts, before it takes effect. */
        volatile Runnable pause;

        private void check() {
            if (down) {
                throw new IllegalStateException("cluster unreachable");
            }
        }

        @Override
        public Optional<CachedResponse> get(String key) {
            check();
            return memory.get(key);
        }

        @Override
        public void put(String key, CachedResponse entry) {
            check();
            memory.put(key, entry);
        }

        @Override
        public void revalidate(Revalidation which) {
            check();
            Runnable once = pause;
            pause = null;
            if (once != null) {
                once.run();
            }
            received.add(which);
            memory.revalidate(which);
        }

        @Override
        public boolean lease(String key, Duration duration) {
            check();
            return false;
        }

        /** Says that every render was revalidated on another server since it started. */
        @Override
        public boolean revalidatedSince(String key, String route, List<String> tags, Instant started) {
            check();
            return true;
        }
    }

    private static CachedResponse answer() {
        return new CachedResponse(
                200,
                List.of(),
                new byte[] {1},
                "\"e\"",
                "/items/[slug]",
                List.of("items"),
                Instant.now(),
                false,
                false,
                "");
    }

    private final FlakyStore flaky = new FlakyStore();
    private final GuardedStore store = new GuardedStore(() -> flaky, "flaky");

    private static long warnings(LogRecords logs) {
        return logs.records().stream()
                .filter(r -> r.getLevel() == Level.WARNING)
                .map(LogRecord::getMessage)
                .filter(m -> m.contains("The route cache's store (flaky) failed"))
                .count();
    }

    @Test
    void whileTheStoreFailsReadsMissWritesDropLeasesAreGrantedAndOneWarningIsLogged() {
        store.put("/items/a", answer());
        flaky.down = true;
        try (LogRecords logs = LogRecords.capture()) {
            assertThat(store.get("/items/a")).isEmpty();
            store.put("/items/b", answer());
            assertThat(store.lease("/items/a", Duration.ofSeconds(30)))
                    .as("no cluster to agree with: this server regenerates")
                    .isTrue();
            store.release("/items/a");
            assertThat(store.get("/items/a")).isEmpty();

            assertThat(warnings(logs)).as("at most once a minute").isEqualTo(1);
        }
    }

    @Test
    void aRenderInProgressIsSharedWhileTheStoreCannotTellOfRevalidationsElsewhere() {
        Instant started = Instant.now();
        assertThat(store.revalidatedSince("/items/a", "/items/[slug]", List.of("items"), started))
                .as("the store's answer")
                .isTrue();

        flaky.down = true;
        try (LogRecords logs = LogRecords.capture()) {
            assertThat(store.revalidatedSince("/items/a", "/items/[slug]", List.of("items"), started))
                    .as("a failing store cannot say: the render is shared")
                    .isFalse();
            assertThat(warnings(logs)).isEqualTo(1);
        }
    }

    @Test
    void revalidationsMadeWhileTheStoreFailsAreSentBeforeItIsReadAgain() {
        store.put("/items/a", answer());
        flaky.down = true;
        store.revalidate(new Revalidation.Tag("items"));
        store.revalidate(new Revalidation.Tag("items"));
        assertThat(flaky.received).isEmpty();

        flaky.down = false;
        try (LogRecords logs = LogRecords.capture()) {
            CachedResponse read = store.get("/items/a").orElseThrow();

            assertThat(flaky.received).containsExactly(new Revalidation.Tag("items"));
            assertThat(read.revalidated())
                    .as("never served as it was before the revalidation")
                    .isTrue();
            assertThat(logs.records()).extracting(LogRecord::getMessage).anyMatch(m -> m.contains("answers again"));
        }
        assertThat(store.lease("/items/a", Duration.ofSeconds(30)))
                .as("the store decides again")
                .isFalse();
    }

    @Test
    void aRevalidationAskedWhileTheSameOneIsBeingSentIsSentAgain() throws Exception {
        Revalidation items = new Revalidation.Tag("items");
        flaky.down = true;
        store.revalidate(items);
        flaky.down = false;
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch proceed = new CountDownLatch(1);
        flaky.pause = () -> {
            sending.countDown();
            try {
                proceed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        CompletableFuture<Optional<CachedResponse>> read = CompletableFuture.supplyAsync(() -> store.get("/items/a"));
        assertThat(sending.await(10, TimeUnit.SECONDS))
                .as("the read replays the kept one")
                .isTrue();

        flaky.down = true;
        store.revalidate(items); // asked again while the first is on its way, and failing itself
        flaky.down = false;
        proceed.countDown();
        read.get(10, TimeUnit.SECONDS);
        assertThat(flaky.received).as("the replay that was under way").containsExactly(items);

        store.get("/items/a");
        assertThat(flaky.received)
                .as("the request that came in during the replay is not taken as sent")
                .containsExactly(items, items);
    }
}
