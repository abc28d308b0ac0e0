package io.routehandlers.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.HazelcastInstance;
import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteCache;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The route cache of two servers over one JCache: two RouteTesters in one JVM, each the pipeline of one server, each
 * with a store on its own embedded Hazelcast member of one cluster, over caches of their own per test. A render is held
 * at a gate to order a revalidation on the other server between its start and a request that would share it
 * (S-12.3); a server started after the other finds the answers it prerendered (S-12.2).
 */
class RendersAcrossServersTest {

    private static final String CLUSTER = "routehandlers-renders-" + UUID.randomUUID();

    private static HazelcastInstance memberA;
    private static HazelcastInstance memberB;
    static JCacheResponseCacheStore storeA;
    static JCacheResponseCacheStore storeB;

    private RouteTester serverA;
    private RouteTester serverB;

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

    /** Caches of this test's own, so that no test sees another's answers or marks. */
    @BeforeEach
    void openStores() {
        String cache = "renders-" + UUID.randomUUID();
        storeA = new JCacheResponseCacheStore(Members.manager(memberA), cache, Clock.systemUTC());
        storeB = new JCacheResponseCacheStore(Members.manager(memberB), cache, Clock.systemUTC());
        assertThat(storeA.get("open")).isEmpty();
        assertThat(storeB.get("open")).isEmpty();
        Edition.RENDERS.set(0);
        Front.RENDERS.set(0);
        Checked.RENDERS.set(0);
    }

    @AfterEach
    void stopServers() {
        Edition.hold(null, null);
        for (RouteTester server : new RouteTester[] {serverA, serverB}) {
            if (server != null) {
                server.close();
            }
        }
    }

    private static RouteTester server(Class<?> store, String... config) {
        RouteTester.Builder builder =
                RouteTester.builder().classes(Edition.class, Front.class, Checked.class, Revalidate.class, store);
        for (int i = 0; i < config.length; i += 2) {
            builder.config(config[i], config[i + 1]);
        }
        return builder.build();
    }

    private void startBoth() {
        serverA = server(ServerAStore.class);
        serverB = server(ServerBStore.class);
    }

    /** Starts a render of {@code /edition} on server B and holds it at a gate; returns its request. */
    private CompletableFuture<TestResponse> renderHeldOnB(CountDownLatch gate) throws InterruptedException {
        startBoth();
        CountDownLatch entered = new CountDownLatch(1);
        Edition.hold(entered, gate);
        CompletableFuture<TestResponse> held = CompletableFuture.supplyAsync(() -> serverB.get("/editions/monday"));
        assertThat(entered.await(5, TimeUnit.SECONDS)).as("B's render started").isTrue();
        Edition.hold(null, null); // renders after this one are not held
        return held;
    }

    @ParameterizedTest
    @ValueSource(strings = {"path=/editions/monday", "tag=news"})
    void requestAfterARevalidationOnAnotherServerGetsANewRenderNotTheOneInFlight(String revalidation) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CompletableFuture<TestResponse> held = renderHeldOnB(gate);

        assertThat(serverA.request("POST", "/revalidate?" + revalidation).send().status())
                .isEqualTo(204);
        TestResponse after = serverB.get("/editions/monday");

        assertThat(after.text()).as("rendered after A's revalidation").isEqualTo("edition 2");
        gate.countDown();
        assertThat(held.get(10, TimeUnit.SECONDS).text()).isEqualTo("edition 1");
    }

    @Test
    void requestsOfOneServerStillShareARenderThatNoRevalidationOvertook() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        CompletableFuture<TestResponse> held = renderHeldOnB(gate);

        assertThat(serverA.request("POST", "/revalidate?tag=sports").send().status())
                .isEqualTo(204);
        CompletableFuture<TestResponse> joining = CompletableFuture.supplyAsync(() -> serverB.get("/editions/monday"));
        Thread.sleep(200); // let it reach the render in flight; arriving later, it reads the stored answer: the same
        gate.countDown();

        assertThat(held.get(10, TimeUnit.SECONDS).text()).isEqualTo("edition 1");
        assertThat(joining.get(10, TimeUnit.SECONDS).text()).isEqualTo("edition 1");
        assertThat(Edition.RENDERS).as("renders of /editions/monday").hasValue(1);
    }

    @Test
    void serverStartingBesideAnotherOfTheSameBuildKeepsTheAnswersItPrerendered() {
        serverA = server(ServerAStore.class);
        TestResponse before = serverA.get("/front");

        serverB = server(ServerBStore.class); // B (re)starts: same route classes, so the same build

        assertThat(Front.RENDERS).as("renders of /front").hasValue(1);
        TestResponse onB = serverB.get("/front");
        assertThat(onB.cacheStatus()).contains("HIT");
        assertThat(onB.header("ETag")).isEqualTo(before.header("ETag"));
        assertThat(onB.text()).isEqualTo(before.text());
        assertThat(serverA.get("/front").header("ETag")).isEqualTo(before.header("ETag"));
    }

    @Test
    void serverStartingWithAnotherBuildPrerendersAndReplacesTheAnswers() {
        serverA = server(ServerAStore.class);
        TestResponse before = serverA.get("/front");

        serverB = server(ServerBStore.class, "routehandlers.cache.build-id", "2.0.0");

        assertThat(Front.RENDERS).as("renders of /front").hasValue(2);
        TestResponse onB = serverB.get("/front");
        assertThat(onB.text()).isEqualTo("front page 2");
        assertThat(onB.header("ETag")).isNotEqualTo(before.header("ETag"));
    }

    @Test
    void serverStartingWithOtherTagsForARoutePrerendersItSoItsAnswerCarriesThem() {
        serverA = server(ServerAStore.class);
        TestResponse before = serverA.get("/front");

        serverB = server(ServerBStore.class, "routehandlers.route./front.tags", "home");

        assertThat(Front.RENDERS).as("renders of /front").hasValue(2);
        assertThat(serverB.get("/front").header("ETag")).isNotEqualTo(before.header("ETag"));
    }

    @Test
    void routeWhosePrerenderChecksRequestDataUseStillRendersAtStartWithoutReplacingTheAnswer() {
        serverA = server(ServerAStore.class);
        TestResponse before = serverA.get("/checked");

        serverB = server(ServerBStore.class);

        assertThat(Checked.RENDERS)
                .as("renders of /checked: B checked its render too")
                .hasValue(2);
        assertThat(serverB.get("/checked").text()).isEqualTo(before.text()).isEqualTo("checked 1");
    }

    /** A cached route, rendered on demand, whose render can be held at a gate; it counts its renders. */
    @Route("/editions/[day]")
    @RouteConfig(revalidate = 3600, tags = "news")
    public static class Edition {
        static final AtomicInteger RENDERS = new AtomicInteger();
        private static volatile CountDownLatch entered;
        private static volatile CountDownLatch gate;

        static void hold(CountDownLatch entered, CountDownLatch gate) {
            Edition.entered = entered;
            Edition.gate = gate;
        }

        @GET
        public String get() throws InterruptedException {
            int edition = RENDERS.incrementAndGet();
            CountDownLatch held = gate;
            if (held != null) {
                entered.countDown();
                held.await(5, TimeUnit.SECONDS);
            }
            return "edition " + edition;
        }
    }

    /** A static route, prerendered at startup; it counts its renders. */
    @Route("/front")
    @RouteConfig(dynamic = Dynamic.FORCE_STATIC)
    public static class Front {
        static final AtomicInteger RENDERS = new AtomicInteger();

        @GET
        public String get() {
            return "front page " + RENDERS.incrementAndGet();
        }
    }

    /** A route whose render at startup checks that it reads no request data (S-8.5); it counts its renders. */
    @Route("/checked")
    @RouteConfig(dynamic = Dynamic.ERROR)
    public static class Checked {
        static final AtomicInteger RENDERS = new AtomicInteger();

        @GET
        public String get() {
            return "checked " + RENDERS.incrementAndGet();
        }
    }

    /** Revalidates a path or a tag, as an application's webhook would. */
    @Route("/revalidate")
    public static class Revalidate {
        @Inject
        RouteCache cache;

        @POST
        public RouteResponse post(RouteRequest request) {
            request.searchParams().get("path").ifPresent(cache::revalidatePath);
            request.searchParams().get("tag").ifPresent(cache::revalidateTag);
            return RouteResponse.status(204);
        }
    }

    /** Server A's store: the JCache store on member A. */
    @ApplicationScoped
    public static class ServerAStore extends Delegating {
        ServerAStore() {
            super(() -> storeA);
        }
    }

    /** Server B's store: the JCache store on member B. */
    @ApplicationScoped
    public static class ServerBStore extends Delegating {
        ServerBStore() {
            super(() -> storeB);
        }
    }

    /** A store bean that hands every call to a store the test made. */
    abstract static class Delegating implements ResponseCacheStore {
        private final Supplier<ResponseCacheStore> store;

        Delegating(Supplier<ResponseCacheStore> store) {
            this.store = store;
        }

        @Override
        public Optional<CachedResponse> get(String key) {
            return store.get().get(key);
        }

        @Override
        public void put(String key, CachedResponse entry) {
            store.get().put(key, entry);
        }

        @Override
        public void revalidate(Revalidation which) {
            store.get().revalidate(which);
        }

        @Override
        public void markStale(Revalidation which, Instant at, Duration expire) {
            store.get().markStale(which, at, expire);
        }

        @Override
        public boolean revalidatedSince(String key, String route, List<String> tags, Instant started) {
            return store.get().revalidatedSince(key, route, tags, started);
        }

        @Override
        public boolean lease(String key, Duration duration) {
            return store.get().lease(key, duration);
        }

        @Override
        public void release(String key) {
            store.get().release(key);
        }
    }
}
