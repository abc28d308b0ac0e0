package io.routehandlers.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.routehandlers.spi.RateWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rate limits counted once for two servers (S-16.4): two stores, each on its own member of one Hazelcast cluster. */
class CountsAcrossServersTest {

    private static final String CLUSTER = "routehandlers-counts-" + UUID.randomUUID();

    private static HazelcastInstance memberA;
    private static HazelcastInstance memberB;

    @BeforeAll
    static void startMembers() {
        memberA = Members.start(CLUSTER);
        memberB = Members.start(CLUSTER);
    }

    @AfterAll
    static void stopMembers() {
        memberA.shutdown();
        memberB.shutdown();
    }

    @Test
    void twoServersCountingAtOnceAllowTheLimitOnce() throws Exception {
        String cache = "counts-" + UUID.randomUUID();
        JCacheResponseCacheStore a = new JCacheResponseCacheStore(Members.manager(memberA), cache, Clock.systemUTC());
        JCacheResponseCacheStore b = new JCacheResponseCacheStore(Members.manager(memberB), cache, Clock.systemUTC());
        assertThat(a.get("open")).isEmpty(); // opened before the threads start: while one opens, others fail at once
        assertThat(b.get("open")).isEmpty();
        AtomicInteger counted = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> servers = new ArrayList<>();
        for (JCacheResponseCacheStore store : List.of(a, b, a, b)) {
            servers.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < 8; i++) {
                    RateWindow window = store.count(
                                    "/search\nclient 192.0.2.7", 10, Duration.ofMinutes(1), Instant.now())
                            .orElseThrow();
                    if (window.counted()) {
                        counted.incrementAndGet();
                    }
                }
            }));
        }
        start.countDown();
        CompletableFuture.allOf(servers.toArray(CompletableFuture[]::new)).join();

        assertThat(counted).hasValue(10);
        RateWindow full = b.count("/search\nclient 192.0.2.7", 10, Duration.ofMinutes(1), Instant.now())
                .orElseThrow();
        assertThat(full.counted()).isFalse();
        assertThat(full.count()).isEqualTo(10);
        assertThat(a.count("/search\nclient 192.0.2.8", 10, Duration.ofMinutes(1), Instant.now())
                        .orElseThrow()
                        .count())
                .as("another key has its own window")
                .isEqualTo(1);
    }

    @Test
    void aWindowThatEndedStartsAgain() {
        String cache = "counts-" + UUID.randomUUID();
        JCacheResponseCacheStore a = new JCacheResponseCacheStore(Members.manager(memberA), cache, Clock.systemUTC());
        JCacheResponseCacheStore b = new JCacheResponseCacheStore(Members.manager(memberB), cache, Clock.systemUTC());
        Instant first = Instant.parse("2026-12-07T10:00:00Z");
        assertThat(a.count("k", 1, Duration.ofSeconds(10), first).orElseThrow().counted())
                .isTrue();
        assertThat(b.count("k", 1, Duration.ofSeconds(10), first.plusSeconds(9))
                        .orElseThrow()
                        .counted())
                .isFalse();
        RateWindow next =
                b.count("k", 1, Duration.ofSeconds(10), first.plusSeconds(10)).orElseThrow();
        assertThat(next.counted()).isTrue();
        assertThat(next.start()).isEqualTo(first.plusSeconds(10));
    }
}
