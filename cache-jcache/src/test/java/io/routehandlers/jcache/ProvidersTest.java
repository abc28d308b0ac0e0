package io.routehandlers.jcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.RateWindow;
import io.routehandlers.spi.Revalidation;
import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestClock;
import io.routehandlers.testing.TestResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.cache.CacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JCache store on the other two providers docs/cluster.md names, with what a shared store relies on: an answer
 * written through one server is read through the other, revalidations of one reach the other, one lease for both
 * that expires, and the marks of concurrent revalidations all kept. Redis through Redisson: two clients of one
 * {@code redis-server} on loopback, which the test starts (two servers sharing one Redis). Infinispan embedded: two
 * stores over one local cache manager (the store's JCache calls on Infinispan; its clustering is Infinispan's own).
 */
class ProvidersTest {

    private static final int REDIS_PORT = 6391;
    private static final Map<Provider, CacheManager[]> OPEN = new EnumMap<>(Provider.class);
    private static Process redis;

    /** A clock the test moves, shared by both servers' stores (their clocks agree, as NTP keeps them). */
    private final TestClock clock = new TestClock(Instant.parse("2026-12-06T12:00:00Z"));

    enum Provider {
        INFINISPAN,
        REDIS
    }

    @AfterAll
    static void closeProviders() {
        OPEN.values().forEach(managers -> {
            for (CacheManager manager : managers) {
                manager.close();
            }
        });
        if (redis != null) {
            redis.destroy();
        }
    }

    /** Server A's and server B's cache managers of a provider, opened once for the class. */
    private static CacheManager[] managers(Provider provider) throws Exception {
        CacheManager[] open = OPEN.get(provider);
        if (open == null) {
            open = switch (provider) {
                case INFINISPAN -> {
                    CacheManager local = new org.infinispan.jcache.embedded.JCachingProvider().getCacheManager();
                    yield new CacheManager[] {local, local};
                }
                case REDIS -> {
                    startRedis();
                    yield new CacheManager[] {redissonClient("a"), redissonClient("b")};
                }
            };
            OPEN.put(provider, open);
        }
        return open;
    }

    /** One Redisson client (a JCache manager of its own, as each server has) of the test's Redis. */
    private static CacheManager redissonClient(String name) throws IOException {
        return new org.redisson.jcache.JCachingProvider()
                .getCacheManager(redissonConfig(name), ProvidersTest.class.getClassLoader());
    }

    /** A Redisson configuration of the test's Redis, as a file. */
    private static URI redissonConfig(String name) throws IOException {
        Path config = Files.createTempFile("redisson-" + name, ".yaml");
        Files.writeString(config, "singleServerConfig:\n  address: \"redis://127.0.0.1:" + REDIS_PORT + "\"\n");
        config.toFile().deleteOnExit();
        return config.toUri();
    }

    /**
     * Starts {@code redis-server} on loopback. Without it the Redis cases are skipped, except in CI ({@code CI=true}),
     * where {@code .ci/run} installs it and a missing server fails.
     */
    private static void startRedis() throws Exception {
        Path binary = Stream.of(System.getenv("PATH").split(":"))
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
        if (binary == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("redis-server is not on the PATH: .ci/run installs Debian's redis-server for this test");
            }
            Assumptions.abort(
                    "redis-server is not on the PATH: the Redis cases need it (apt-get install redis-server)");
        }
        redis = new ProcessBuilder(
                        binary.toString(),
                        "--port",
                        Integer.toString(REDIS_PORT),
                        "--bind",
                        "127.0.0.1",
                        "--save",
                        "",
                        "--appendonly",
                        "no")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket socket = new Socket("127.0.0.1", REDIS_PORT)) {
                assertThat(redis.isAlive())
                        .as("the test's redis-server runs (another program may hold port %s)", REDIS_PORT)
                        .isTrue();
                return;
            } catch (IOException e) {
                assertThat(redis.isAlive())
                        .as("redis-server on port %s is running", REDIS_PORT)
                        .isTrue();
                assertThat(System.nanoTime())
                        .as("redis-server answers within 10 s")
                        .isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    /** Server A's and server B's stores over caches of their own for one test. */
    private JCacheResponseCacheStore[] stores(Provider provider) throws Exception {
        CacheManager[] managers = managers(provider);
        String cache = "providers-" + UUID.randomUUID();
        return new JCacheResponseCacheStore[] {
            new JCacheResponseCacheStore(managers[0], cache, clock),
            new JCacheResponseCacheStore(managers[1], cache, clock)
        };
    }

    private CachedResponse answer(String route, List<String> tags) {
        return new CachedResponse(
                200,
                List.of(Map.entry("Content-Type", "text/plain"), Map.entry("X-Ünïcode", "wert €")),
                ("rendered at " + clock.instant()).getBytes(StandardCharsets.UTF_8),
                "\"e1\"",
                route,
                tags,
                clock.instant(),
                false,
                true,
                "classes-0123456789abcdef");
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void anAnswerStoredThroughOneServerIsReadThroughTheOther(Provider provider) throws Exception {
        JCacheResponseCacheStore[] servers = stores(provider);
        CachedResponse stored = answer("/items/[slug]", List.of("items"));

        servers[0].put("/items/lamp", stored);

        assertThat(servers[1].get("/items/lamp")).contains(stored);
        assertThat(servers[1].get("/items/sofa")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void revalidationsThroughOneServerRevalidateAnswersReadThroughTheOther(Provider provider) throws Exception {
        JCacheResponseCacheStore[] servers = stores(provider);
        Instant rendered = clock.instant();
        servers[0].put("/items/lamp", answer("/items/[slug]", List.of("items")));
        servers[0].put("/items/mug", answer("/items/[slug]", List.of("items")));
        servers[0].put("/about", answer("/about", List.of("pages")));
        clock.advance(Duration.ofSeconds(1));

        servers[1].revalidate(new Revalidation.Key("/items/lamp"));
        assertThat(servers[0].get("/items/lamp").orElseThrow().revalidated()).isTrue();
        assertThat(servers[0].get("/items/mug").orElseThrow().revalidated()).isFalse();

        servers[1].revalidate(new Revalidation.Route("/items/[slug]"));
        assertThat(servers[0].get("/items/mug").orElseThrow().revalidated()).isTrue();
        assertThat(servers[0].revalidatedSince("/about", "/about", List.of("pages"), rendered))
                .isFalse();

        servers[1].revalidate(new Revalidation.Tag("pages"));
        assertThat(servers[0].get("/about").orElseThrow().revalidated()).isTrue();
        assertThat(servers[0].revalidatedSince("/about", "/about", List.of("pages"), rendered))
                .isTrue();
        assertThat(servers[0].revalidatedSince(
                        "/about", "/about", List.of("pages"), clock.instant().plusSeconds(1)))
                .as("a render that started after the revalidation")
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void oneServerHoldsALeaseUntilItIsGivenBackOrExpires(Provider provider) throws Exception {
        JCacheResponseCacheStore[] servers = stores(provider);
        Duration lease = Duration.ofSeconds(30);

        assertThat(servers[0].lease("/items/lamp", lease)).isTrue();
        assertThat(servers[1].lease("/items/lamp", lease)).isFalse();
        servers[0].release("/items/lamp");
        assertThat(servers[1].lease("/items/lamp", lease)).as("given back").isTrue();

        clock.advance(lease.plusSeconds(1));
        assertThat(servers[0].lease("/items/lamp", lease))
                .as("expired: taken over")
                .isTrue();
        servers[1].release("/items/lamp"); // B's lease was taken over: it must not remove A's
        assertThat(servers[1].lease("/items/lamp", lease)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void bothServersCountOneRateLimitWindow(Provider provider) throws Exception {
        JCacheResponseCacheStore[] servers = stores(provider);
        Duration window = Duration.ofMinutes(1);
        List<Boolean> counted = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            counted.add(servers[i % 2]
                            .take("/search\nclient 192.0.2.7", 1, 4, window, clock.instant())
                            .orElseThrow()
                            .taken()
                    > 0);
        }
        assertThat(counted).containsExactly(true, true, true, true, false, false);

        clock.advance(window);
        RateWindow next = servers[1]
                .take("/search\nclient 192.0.2.7", 3, 4, window, clock.instant())
                .orElseThrow();
        assertThat(next.taken()).as("a new window, near its limit: one by one").isEqualTo(1);
        assertThat(next.count()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void concurrentRevalidationsOfBothServersAreAllKept(Provider provider) throws Exception {
        JCacheResponseCacheStore[] servers = stores(provider);
        Instant before = clock.instant();
        clock.advance(Duration.ofSeconds(1));
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int server = 0; server < 2; server++) {
            JCacheResponseCacheStore store = servers[server];
            String prefix = "server-" + server + "-tag-";
            writers.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 25; i++) {
                    store.revalidate(new Revalidation.Tag(prefix + i));
                }
            }));
        }
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        for (int server = 0; server < 2; server++) {
            for (int i = 0; i < 25; i++) {
                String tag = "server-" + server + "-tag-" + i;
                assertThat(servers[1 - server].revalidatedSince("/x", "/x", List.of(tag), before))
                        .as("the mark of %s", tag)
                        .isTrue();
            }
        }
    }

    @Test
    void aRedisServerThatStopsAnsweringDelaysARequestByTheTimeoutOnly() throws Exception {
        managers(Provider.REDIS); // starts the test's Redis
        Duration timeout = Duration.ofMillis(300);
        hanging = new JCacheResponseCacheStore(
                new org.redisson.jcache.JCachingProvider(),
                Optional.of(redissonConfig("hanging")),
                timeout,
                "hanging-" + UUID.randomUUID(),
                Clock.systemUTC());
        try (RouteTester server = RouteTester.builder()
                .classes(RendersAcrossServersTest.Edition.class, HangingStore.class)
                .build()) {
            assertThat(server.get("/editions/monday").cacheStatus()).contains("MISS");
            assertThat(server.get("/editions/monday").cacheStatus()).contains("HIT");

            signal("STOP"); // the server keeps its connections and answers nothing, as a paused or stuck one does
            try {
                long started = System.nanoTime();
                assertThatThrownBy(() -> hanging.get("/editions/monday"))
                        .as("the store's read, as the provider fails it")
                        .hasRootCauseInstanceOf(org.redisson.client.RedisResponseTimeoutException.class);
                assertThat(Duration.ofNanos(System.nanoTime() - started))
                        .as("one read waits the timeout once: no retries (with room for a loaded machine)")
                        .isBetween(timeout.minusMillis(50), timeout.plusMillis(1_500));

                started = System.nanoTime();
                TestResponse answer = server.get("/editions/tuesday");
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.text()).startsWith("edition ");
                assertThat(waited)
                        .as("a miss reads and writes the store once each before it answers: two timeouts at most")
                        .isLessThan(timeout.multipliedBy(2).plusMillis(2_500));
            } finally {
                signal("CONT");
            }
            assertThat(server.get("/editions/wednesday").cacheStatus())
                    .as("the store answers again: caching resumes by itself")
                    .contains("MISS");
            assertThat(server.get("/editions/wednesday").cacheStatus()).contains("HIT");
        } finally {
            hanging.close();
        }
    }

    @Test
    void infinispanCachesWaitForOtherMembersNoLongerThanTheTimeout() throws Exception {
        org.infinispan.jcache.embedded.JCachingProvider provider =
                new org.infinispan.jcache.embedded.JCachingProvider();
        String cache = "bounded-" + UUID.randomUUID();
        JCacheResponseCacheStore store =
                new JCacheResponseCacheStore(provider, Optional.empty(), Duration.ofMillis(700), cache, clock);
        try {
            assertThat(store.get("/opens-the-caches")).isEmpty();
            CacheManager manager = provider.getCacheManager();
            for (String name : List.of(cache, cache + "-revalidations", cache + "-leases")) {
                org.infinispan.configuration.cache.Configuration configuration = manager.getCache(name)
                        .unwrap(org.infinispan.Cache.class)
                        .getCacheConfiguration();
                assertThat(configuration.clustering().remoteTimeout()).as(name).isEqualTo(700);
                assertThat(configuration.locking().lockAcquisitionTimeout())
                        .as(name)
                        .isEqualTo(700);
            }
        } finally {
            store.close();
        }
    }

    @Test
    void aTimeoutOutOfRangeIsRefusedWithTheFix() {
        assertThat(JCacheResponseCacheStore.timeout(Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(JCacheResponseCacheStore.timeout(Optional.of(250L))).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> JCacheResponseCacheStore.timeout(Optional.of(0L)))
                .hasMessage("routehandlers.cache.jcache.timeout-millis is 0: set it to a number of milliseconds from"
                        + " 100 to 60000 (default 1000)");
        assertThatThrownBy(() -> JCacheResponseCacheStore.timeout(Optional.of(60_001L)))
                .hasMessageStartingWith("routehandlers.cache.jcache.timeout-millis is 60001:");
    }

    /** Sends a signal to the test's Redis server. */
    private static void signal(String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(redis.pid()))
                .inheritIO()
                .start();
        assertThat(kill.waitFor()).as("kill -%s", name).isZero();
    }

    /** The store over the Redis server the test pauses. */
    private static JCacheResponseCacheStore hanging;

    /** The route cache's store bean of the tester: the store over the Redis server the test pauses. */
    @ApplicationScoped
    public static class HangingStore extends RendersAcrossServersTest.Delegating {
        HangingStore() {
            super(() -> hanging);
        }
    }
}
