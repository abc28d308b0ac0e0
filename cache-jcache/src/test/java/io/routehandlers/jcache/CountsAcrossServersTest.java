package io.routehandlers.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.routehandlers.spi.RateWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
                    Optional<RateWindow> taken = Optional.empty();
                    while (taken.isEmpty()) { // empty: the other servers kept changing the window; asked again
                        taken = store.take("/search\nclient 192.0.2.7", 1, 10, Duration.ofMinutes(1), Instant.now());
                    }
                    if (taken.get().taken() > 0) {
                        counted.incrementAndGet();
                    }
                }
            }));
        }
        start.countDown();
        CompletableFuture.allOf(servers.toArray(CompletableFuture[]::new)).join();

        assertThat(counted).hasValue(10);
        RateWindow full = b.take("/search\nclient 192.0.2.7", 1, 10, Duration.ofMinutes(1), Instant.now())
                .orElseThrow();
        assertThat(full.taken()).isZero();
        assertThat(full.count()).isEqualTo(10);
        assertThat(a.take("/search\nclient 192.0.2.8", 1, 10, Duration.ofMinutes(1), Instant.now())
                        .orElseThrow()
                        .count())
                .as("another key has its own window")
                .isEqualTo(1);
    }

    @Test
    void aServerTakesAShareOfWhatIsLeftAndNeverMore() {
        String cache = "counts-" + UUID.randomUUID();
        JCacheResponseCacheStore a = new JCacheResponseCacheStore(Members.manager(memberA), cache, Clock.systemUTC());
        JCacheResponseCacheStore b = new JCacheResponseCacheStore(Members.manager(memberB), cache, Clock.systemUTC());
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        Duration minute = Duration.ofMinutes(1);
        assertThat(a.take("k", 62, 1000, minute, now).orElseThrow()).isEqualTo(new RateWindow(now, 62, 62));
        assertThat(b.take("k", 900, 1000, minute, now).orElseThrow())
                .as("a sixteenth of what is left")
                .isEqualTo(new RateWindow(now, 120, 58));
        assertThat(a.take("k", 1000, 1000, minute, now).orElseThrow()).isEqualTo(new RateWindow(now, 175, 55));
        long count = 175;
        while (count < 1000) {
            long left = 1000 - count;
            RateWindow next =
                    (count % 2 == 0 ? a : b).take("k", 1000, 1000, minute, now).orElseThrow();
            assertThat(next.taken())
                    .as("a sixteenth of what is left, one by one once 100 or fewer are")
                    .isEqualTo(left <= 100 ? 1 : Math.min(1000, left / 16));
            count = next.count();
        }
        assertThat(b.take("k", 1, 1000, minute, now).orElseThrow()).isEqualTo(new RateWindow(now, 1000, 0));
    }

    @Test
    void aWindowThatEndedStartsAgain() {
        String cache = "counts-" + UUID.randomUUID();
        JCacheResponseCacheStore a = new JCacheResponseCacheStore(Members.manager(memberA), cache, Clock.systemUTC());
        JCacheResponseCacheStore b = new JCacheResponseCacheStore(Members.manager(memberB), cache, Clock.systemUTC());
        Instant first = Instant.parse("2026-12-07T10:00:00Z");
        assertThat(a.take("k", 1, 1, Duration.ofSeconds(10), first)
                                .orElseThrow()
                                .taken()
                        > 0)
                .isTrue();
        assertThat(b.take("k", 1, 1, Duration.ofSeconds(10), first.plusSeconds(9))
                                .orElseThrow()
                                .taken()
                        > 0)
                .isFalse();
        RateWindow next =
                b.take("k", 1, 1, Duration.ofSeconds(10), first.plusSeconds(10)).orElseThrow();
        assertThat(next.taken() > 0).isTrue();
        assertThat(next.start()).isEqualTo(first.plusSeconds(10));
    }
}
