package io.routehandlers.jcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.cache.HazelcastMemberCachingProvider;
import com.hazelcast.cache.ICache;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.OperationTimeoutException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;
import org.junit.jupiter.api.Test;

/**
 * A Hazelcast member that stops answering, as a member in a long pause does: the store's member (started by the
 * store from its configuration file, as under CDI) is a lite member, so every call goes to the other member, whose
 * only partition thread the test holds. Hazelcast fails a call that got neither an answer nor a heartbeat after twice
 * its call timeout, which the store set from its timeout.
 */
class HangingMemberTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    /** Counted down when the data member's partition thread is held; then the test lets go of it. */
    private static volatile CountDownLatch held;

    private static volatile CountDownLatch letGo;

    @Test
    void aCallToAMemberThatStopsAnsweringFailsAfterTheTimeout() throws Exception {
        String cluster = "hanging-" + UUID.randomUUID();
        HazelcastInstance data = Members.start(cluster, "hazelcast.partition.operation.thread.count", "1");
        Path config = Files.createTempFile("hazelcast-lite", ".xml");
        Files.writeString(config, Members.xml(cluster, true));
        config.toFile().deleteOnExit();
        String cache = "hanging-" + UUID.randomUUID();
        JCacheResponseCacheStore store = new JCacheResponseCacheStore(
                new HazelcastMemberCachingProvider(), Optional.of(config.toUri()), TIMEOUT, cache, Clock.systemUTC());
        CompletableFuture<Object> holding = null;
        held = new CountDownLatch(1);
        letGo = new CountDownLatch(1);
        try {
            open(store);

            // The store's cache as the data member names it: Hazelcast prefixes it with the manager's URI.
            ICache<Object, Object> entries =
                    data.getCacheManager().getCache(config.toUri().toASCIIString() + "/" + cache);
            holding = CompletableFuture.supplyAsync(() -> entries.invoke("/held", new Hold()));
            assertThat(held.await(10, TimeUnit.SECONDS))
                    .as("the data member's partition thread is held")
                    .isTrue();

            long started = System.nanoTime();
            assertThatThrownBy(() -> store.get("/items/lamp"))
                    .satisfies(e -> assertThat(Stream.iterate(e, Objects::nonNull, Throwable::getCause))
                            .as("Hazelcast's own timeout, in the cause chain of %s", e)
                            .anyMatch(OperationTimeoutException.class::isInstance));
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .as("twice the call timeout, checked every second (with room for a loaded machine)")
                    .isBetween(TIMEOUT, TIMEOUT.multipliedBy(2).plusSeconds(3));
        } finally {
            letGo.countDown();
            if (holding != null) {
                holding.get(10, TimeUnit.SECONDS);
            }
            store.close();
            data.shutdown();
        }
        assertThat(Hazelcast.getHazelcastInstanceByName(config.toUri().toString()))
                .as("closed with its application, the store stopped the member it started")
                .isNull();
    }

    /**
     * Opens the store's caches: the member joins the cluster, which on a loaded machine may take longer than a call
     * may wait; the store opens its caches again after five seconds.
     */
    private static void open(JCacheResponseCacheStore store) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                assertThat(store.get("/opens-the-caches")).isEmpty();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw e;
                }
                Thread.sleep(1_000);
            }
        }
    }

    /** Holds the partition thread it runs on until the test lets go of it. */
    static final class Hold implements EntryProcessor<Object, Object, Object>, Serializable {
        @Override
        public Object process(MutableEntry<Object, Object> entry, Object... arguments) {
            held.countDown();
            try {
                letGo.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }
}
