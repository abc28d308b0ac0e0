package io.routehandlers.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.Cached;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteCache;
import io.routehandlers.RouteConfig;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Cached methods (S-8.13), life profiles (S-8.12) and nesting (S-8.14) through a RouteTester and its clock. */
class CachedMethodsTest {

    public enum Sort {
        NAME,
        PRICE
    }

    public record Query(String category, Sort sort, List<String> brands) {}

    public record Product(String sku, String name, long cents) {}

    @ApplicationScoped
    public static class Catalogue {
        private final AtomicInteger calls = new AtomicInteger();
        private volatile boolean fail;
        private volatile String choose = "";

        /** How many times a cached method ran. */
        public int calls() {
            return calls.get();
        }

        public void fail(boolean failing) {
            fail = failing;
        }

        public void choose(String profile) {
            choose = profile;
        }

        @Inject
        RouteCache cache;

        @Cached(tags = "products", life = "seconds")
        public List<Product> products(Query query) {
            calls.incrementAndGet();
            if (fail) {
                throw new IllegalStateException("the database is down");
            }
            return List.of(new Product(query.category() + "-1", "Lamp " + calls.get(), 1_999));
        }

        @Cached(tags = "products")
        public Optional<Product> product(String sku) {
            calls.incrementAndGet();
            if (!choose.isEmpty()) {
                cache.life(choose);
                cache.tag("sku-" + sku);
            }
            return sku.equals("none") ? Optional.empty() : Optional.of(new Product(sku, "Lamp", calls.get()));
        }

        @Cached(life = "minutes")
        public CompletionStage<Map<String, Long>> stock(String sku) {
            calls.incrementAndGet();
            return CompletableFuture.supplyAsync(() -> Map.of(sku, (long) calls.get()));
        }

        @Cached(tags = "featured", life = "hours")
        public Product featured() {
            calls.incrementAndGet();
            try {
                Thread.sleep(20); // a computation that takes a while: concurrent misses overlap it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Product("featured", "Featured " + calls.get(), 100);
        }
    }

    /** Calls the catalogue's cached methods through the injected bean (a call on {@code this} is not intercepted). */
    @ApplicationScoped
    public static class HomePage {
        @Inject
        Catalogue catalogue;

        @Cached(tags = "home")
        public String home() {
            return "home with " + catalogue.featured().name() + " and "
                    + catalogue.product("lamp").orElseThrow().name();
        }
    }

    @Route("/shop")
    @RouteConfig(dynamic = io.routehandlers.Dynamic.FORCE_STATIC)
    public static class Shop {
        @Inject
        Catalogue catalogue;

        @GET
        public String get() {
            return catalogue
                    .products(new Query("lamps", Sort.NAME, List.of()))
                    .get(0)
                    .name();
        }
    }

    @Route("/hourly")
    @RouteConfig(life = "hours")
    public static class Hourly {
        @GET
        public String get() {
            return "hourly";
        }
    }

    /** A tester of the catalogue and /hourly; /shop, prerendered at start (a call of the catalogue), when asked. */
    private static RouteTester tester(TestClock clock, Class<?>... more) {
        List<Class<?>> classes = new ArrayList<>(List.of(Catalogue.class, HomePage.class, Hourly.class));
        classes.addAll(List.of(more));
        return RouteTester.builder()
                .classes(classes.toArray(Class<?>[]::new))
                .clock(clock)
                .build();
    }

    @Test
    void aValueIsComputedOncePerKeyAndRecordArgumentsMakeTheKey() {
        try (RouteTester tester = tester(new TestClock())) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            Query lamps = new Query("lamps", Sort.NAME, List.of("acme"));
            List<Product> first = catalogue.products(lamps);
            assertThat(catalogue.products(new Query("lamps", Sort.NAME, List.of("acme"))))
                    .isEqualTo(first);
            assertThat(catalogue.calls()).isEqualTo(1);
            catalogue.products(new Query("lamps", Sort.PRICE, List.of("acme")));
            catalogue.products(new Query("lamps", Sort.NAME, List.of("acme", "bolt")));
            assertThat(catalogue.calls()).isEqualTo(3);
        }
    }

    @Test
    void aStaleValueIsServedOnceWhileOneRegenerationRunsAndAnExpiredOneIsComputedAgain() {
        TestClock clock = new TestClock();
        try (RouteTester tester = tester(clock)) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            Query lamps = new Query("lamps", Sort.NAME, List.of());
            assertThat(catalogue.products(lamps).get(0).name()).isEqualTo("Lamp 1");
            clock.advance(Duration.ofSeconds(1)); // "seconds": revalidate 1 s, expire 60 s
            assertThat(catalogue.products(lamps).get(0).name()).isEqualTo("Lamp 1");
            tester.get("/hourly"); // runs the background work the call queued
            assertThat(catalogue.calls()).isEqualTo(2);
            assertThat(catalogue.products(lamps).get(0).name()).isEqualTo("Lamp 2");
            clock.advance(Duration.ofSeconds(60));
            assertThat(catalogue.products(lamps).get(0).name()).isEqualTo("Lamp 3");
            assertThat(catalogue.calls()).isEqualTo(3);
        }
    }

    @Test
    void aStaleBurstOf200ConcurrentCallsRegeneratesOnce() throws Exception {
        TestClock clock = new TestClock();
        try (RouteTester tester = tester(clock)) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            Query lamps = new Query("lamps", Sort.NAME, List.of());
            catalogue.products(lamps);
            clock.advance(Duration.ofSeconds(2));
            List<String> names =
                    burst(200, () -> catalogue.products(lamps).get(0).name());
            assertThat(names).hasSize(200).containsOnly("Lamp 1");
            tester.get("/hourly");
            assertThat(catalogue.calls()).isEqualTo(2);
        }
    }

    @Test
    void concurrentMissesOfOneKeyComputeOnce() throws Exception {
        try (RouteTester tester = tester(new TestClock())) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            List<String> names = burst(200, () -> catalogue.featured().name());
            assertThat(names).hasSize(200).containsOnly("Featured 1");
            assertThat(catalogue.calls()).isEqualTo(1);
        }
    }

    @Test
    void aMethodThatThrowsStoresNothing() {
        try (RouteTester tester = tester(new TestClock())) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            Query lamps = new Query("lamps", Sort.NAME, List.of());
            catalogue.fail(true);
            assertThatThrownBy(() -> catalogue.products(lamps)).hasMessage("the database is down");
            catalogue.fail(false);
            assertThat(catalogue.products(lamps).get(0).name()).isEqualTo("Lamp 2");
            assertThat(catalogue.products(lamps).get(0).name()).isEqualTo("Lamp 2");
        }
    }

    @Test
    void optionalsAndStagesAreStoredAsTheirValues() throws Exception {
        try (RouteTester tester = tester(new TestClock())) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            assertThat(catalogue.product("none")).isEmpty();
            assertThat(catalogue.product("none")).isEmpty();
            assertThat(catalogue.product("lamp")).hasValue(new Product("lamp", "Lamp", 2));
            assertThat(catalogue.product("lamp")).hasValue(new Product("lamp", "Lamp", 2));
            Map<String, Long> stock =
                    catalogue.stock("lamp").toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertThat(catalogue.stock("lamp").toCompletableFuture().get(5, TimeUnit.SECONDS))
                    .isEqualTo(stock)
                    .isEqualTo(Map.of("lamp", 3L));
            assertThat(catalogue.calls()).isEqualTo(3);
        }
    }

    @Test
    void revalidatingATagRecomputesTheMethodAndTheRouteAnswersBuiltFromIt() {
        try (RouteTester tester = tester(new TestClock(), Shop.class)) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            assertThat(tester.get("/shop").text()).isEqualTo("Lamp 1");
            TestResponse hit = tester.get("/shop");
            assertThat(hit.header("X-Route-Cache")).hasValue("HIT");
            tester.bean(RouteCache.class).revalidateTag("products"); // the route names no tag: it inherited it
            TestResponse again = tester.get("/shop");
            assertThat(again.text()).isEqualTo("Lamp 2");
            assertThat(again.header("X-Route-Cache")).hasValue("REVALIDATED");
        }
    }

    @Test
    void aTagMarkedStaleServesTheStaleValueOnceWhileOneRegenerationRunsForMethodsAndRoutes() {
        try (RouteTester tester = tester(new TestClock(), Shop.class)) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            Query lamps = new Query("lamps", Sort.NAME, List.of());
            assertThat(catalogue.products(lamps).get(0).name()).isEqualTo("Lamp 1"); // prerendered /shop's call
            tester.bean(RouteCache.class).revalidateTag("products", "max");
            assertThat(catalogue.products(lamps).get(0).name()).isEqualTo("Lamp 1");
            TestResponse shop = tester.get("/shop"); // runs the method's regeneration after it answers
            assertThat(shop.header("X-Route-Cache")).hasValue("STALE");
            assertThat(shop.text()).isEqualTo("Lamp 1");
            assertThat(catalogue.products(lamps).get(0).name()).isEqualTo("Lamp 2");
            assertThat(tester.get("/shop").text()).isEqualTo("Lamp 2");
            assertThat(catalogue.calls()).isEqualTo(2);
        }
    }

    @Test
    void updateTagMakesTheNextReadWaitForANewValue() {
        try (RouteTester tester = tester(new TestClock())) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            Query lamps = new Query("lamps", Sort.NAME, List.of());
            catalogue.products(lamps);
            tester.bean(RouteCache.class).updateTag("products");
            assertThat(catalogue.products(lamps).get(0).name()).isEqualTo("Lamp 2");
        }
    }

    @Test
    void aRouteAnswerLivesNoLongerThanTheCachedMethodsItCalled() {
        TestClock clock = new TestClock();
        try (RouteTester tester = tester(clock, Shop.class)) {
            TestResponse first = tester.get("/shop"); // force-static, but its products live "seconds"
            assertThat(first.header("Cache-Control")).hasValue("s-maxage=1, stale-while-revalidate=59");
            clock.advance(Duration.ofSeconds(1));
            assertThat(tester.get("/shop").header("X-Route-Cache")).hasValue("STALE");
            clock.advance(Duration.ofSeconds(60));
            TestResponse expired = tester.get("/shop");
            assertThat(expired.header("X-Route-Cache")).hasValue("MISS");
        }
    }

    @Test
    void aRouteWithAProfileTellsBrowsersItsStaleTime() {
        try (RouteTester tester = tester(new TestClock())) {
            assertThat(tester.get("/hourly").header("Cache-Control"))
                    .hasValue("max-age=300, s-maxage=3600, stale-while-revalidate=82800");
        }
    }

    @Test
    void aCachedMethodTakesTheTagsAndShortestLifeOfTheOnesItCalls() {
        TestClock clock = new TestClock();
        try (RouteTester tester = tester(clock)) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            HomePage page = tester.bean(HomePage.class);
            page.home(); // featured() and product("lamp"): two calls
            page.home();
            assertThat(catalogue.calls()).isEqualTo(2);
            tester.bean(RouteCache.class).revalidateTag("products"); // home() names "home" only: it inherited this
            page.home();
            assertThat(catalogue.calls()).isEqualTo(3); // product("lamp") again; featured() was still fresh
            clock.advance(Duration.ofMinutes(15)); // "default" of product() goes stale before "hours" of featured()
            page.home();
            tester.get("/hourly"); // runs the regeneration home()'s stale value queued
            assertThat(catalogue.calls()).isEqualTo(4);
        }
    }

    @Test
    void aMethodChoosesItsLifeAndTagsAtRunTime() {
        TestClock clock = new TestClock();
        try (RouteTester tester = tester(clock)) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            catalogue.choose("seconds");
            catalogue.product("desk");
            clock.advance(Duration.ofSeconds(61)); // past "seconds"' expire, long before "default"'s revalidate
            catalogue.product("desk");
            assertThat(catalogue.calls()).isEqualTo(2);
            tester.bean(RouteCache.class).revalidateTag("sku-desk");
            catalogue.product("desk");
            assertThat(catalogue.calls()).isEqualTo(3);
        }
    }

    @Test
    void anUnknownProfileAtRunTimeIsAnError() {
        try (RouteTester tester = tester(new TestClock())) {
            assertThatThrownBy(() -> tester.bean(RouteCache.class).life("hourly"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("RouteCache.life(\"hourly\"): no cache life profile is named \"hourly\"");
        }
    }

    private static List<String> burst(int calls, java.util.concurrent.Callable<String> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<String> values = new ArrayList<>();
            for (Future<String> result : results) {
                values.add(result.get(30, TimeUnit.SECONDS));
            }
            return values;
        } finally {
            threads.shutdownNow();
        }
    }

    // Deployment problems.

    @ApplicationScoped
    public static class ByRequest {
        @Cached
        public String byRequest(Object filter) {
            return "x";
        }
    }

    @ApplicationScoped
    public static class Entities {
        @Cached
        public ArrayList<String> names() {
            return new ArrayList<>();
        }
    }

    @ApplicationScoped
    public static class Hourlies {
        @Cached(life = "hourly")
        public String value() {
            return "x";
        }
    }

    @Route("/cached-handler")
    public static class CachedHandler {
        @GET
        @Cached
        public String get(@Param("x") String x) {
            return x;
        }
    }

    @Route("/both")
    @RouteConfig(life = "hours", revalidate = 60)
    public static class Both {
        @GET
        public String get() {
            return "both";
        }
    }

    @Test
    void deploymentFailsForAKeyThatCannotBeCached() {
        assertThatThrownBy(() -> RouteTester.of(ByRequest.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("RH-055 Parameter #1 of @Cached method "
                        + "io.routehandlers.testing.CachedMethodsTest$ByRequest#byRequest(Object) is a java.lang.Object,"
                        + " which cannot be part of a cache key.");
    }

    @Test
    void deploymentFailsForAValueThatCannotBeReadBack() {
        assertThatThrownBy(() -> RouteTester.of(Entities.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining(
                        "RH-056 @Cached method io.routehandlers.testing.CachedMethodsTest$Entities#names()"
                                + " returns java.util.ArrayList<java.lang.String>, which cannot be stored: is");
    }

    @Test
    void deploymentFailsForAnUnknownProfileAndABadOne() {
        assertThatThrownBy(() -> RouteTester.of(Hourlies.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("RH-058 @Cached method io.routehandlers.testing.CachedMethodsTest$Hourlies"
                        + "#value() names the cache life profile \"hourly\", which does not exist.");
        assertThatThrownBy(() -> RouteTester.builder()
                        .classes(Hourly.class)
                        .config("routehandlers.cache.life.blog.revalidate", "3600")
                        .config("routehandlers.cache.life.blog.expire", "60")
                        .build())
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("RH-059 The cache life profile blog (stale 300s, revalidate 3600s, expire 60s)"
                        + " expires before it goes stale.");
    }

    @Test
    void deploymentFailsForACachedHandlerAndARouteWithAProfileAndRevalidate() {
        assertThatThrownBy(() -> RouteTester.of(CachedHandler.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("RH-057 @Cached on io.routehandlers.testing.CachedMethodsTest$CachedHandler"
                        + "#get(String), which is a route handler.");
        assertThatThrownBy(() -> RouteTester.of(Both.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining(
                        "RH-060 io.routehandlers.testing.CachedMethodsTest$Both (both) names the cache life"
                                + " profile hours and revalidate 60s");
    }

    @Test
    void aConfiguredProfileServesRoutes() {
        try (RouteTester tester = RouteTester.builder()
                .classes(Hourly.class)
                .config("routehandlers.cache.life.blog.stale", "60")
                .config("routehandlers.cache.life.blog.revalidate", "900")
                .config("routehandlers.cache.life.blog.expire", "86400")
                .config("routehandlers.route./hourly.life", "blog")
                .build()) {
            assertThat(tester.get("/hourly").header("Cache-Control"))
                    .hasValue("max-age=60, s-maxage=900, stale-while-revalidate=85500");
        }
    }

    @Test
    void configurationReplacesTheAnnotationsProfileWithARevalidateTime() {
        try (RouteTester tester = RouteTester.builder()
                .classes(Hourly.class)
                .config("routehandlers.route./hourly.revalidate", "60")
                .build()) {
            assertThat(tester.get("/hourly").header("Cache-Control"))
                    .hasValue("s-maxage=60, stale-while-revalidate=31535940");
        }
    }

    /** A store whose method values cannot be read back, as after a record changed without changing its shape. */
    @ApplicationScoped
    public static class GarbledStore implements ResponseCacheStore {
        private final Map<String, CachedResponse> entries = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Optional<CachedResponse> get(String key) {
            CachedResponse entry = entries.get(key);
            if (entry == null || !entry.route().startsWith("@")) {
                return Optional.ofNullable(entry);
            }
            byte[] garbled = "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return Optional.of(new CachedResponse(
                    200,
                    List.of(),
                    garbled,
                    "\"garbled\"",
                    entry.route(),
                    entry.tags(),
                    entry.generated(),
                    false,
                    false,
                    entry.build(),
                    entry.life()));
        }

        @Override
        public void put(String key, CachedResponse entry) {
            entries.put(key, entry);
        }

        @Override
        public void revalidate(Revalidation which) {
            entries.replaceAll((key, entry) -> which.selects(key, entry) ? entry.asRevalidated() : entry);
        }
    }

    @Test
    void aStoredValueThatCannotBeReadBackIsComputedAgain() {
        try (RouteTester tester = RouteTester.builder()
                .classes(Catalogue.class, GarbledStore.class)
                .build()) {
            Catalogue catalogue = tester.bean(Catalogue.class);
            assertThat(catalogue.featured().name()).isEqualTo("Featured 1");
            assertThat(catalogue.featured().name()).isEqualTo("Featured 2");
            assertThat(catalogue.featured().name()).isEqualTo("Featured 3");
        }
    }

    @ApplicationScoped
    public static class Nothing {
        private final AtomicInteger calls = new AtomicInteger();

        @Cached
        public CompletionStage<String> nothing() {
            calls.incrementAndGet();
            return null;
        }

        public int calls() {
            return calls.get();
        }
    }

    @Test
    void aStageMethodThatReturnsNoStageStoresNothingAndBlocksNoOne() {
        try (RouteTester tester = RouteTester.builder().classes(Nothing.class).build()) {
            Nothing nothing = tester.bean(Nothing.class);
            assertThat(nothing.nothing()).isNull();
            assertThat(nothing.nothing()).isNull();
            assertThat(nothing.calls()).isEqualTo(2);
        }
    }

    /** Counts the runs of the methods it binds to, around the cache's interceptor (as a transaction's would be). */
    @jakarta.interceptor.InterceptorBinding
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target({java.lang.annotation.ElementType.METHOD, java.lang.annotation.ElementType.TYPE})
    public @interface Audited {}

    @Audited
    @jakarta.interceptor.Interceptor
    @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.PLATFORM_BEFORE + 200)
    public static class Auditor {
        static final AtomicInteger RUNS = new AtomicInteger();

        @jakarta.interceptor.AroundInvoke
        Object around(jakarta.interceptor.InvocationContext call) throws Exception {
            RUNS.incrementAndGet();
            return call.proceed();
        }
    }

    @ApplicationScoped
    public static class Prices {
        private final AtomicInteger computed = new AtomicInteger();

        @Audited
        @Cached(life = "seconds")
        public long price(String sku) {
            return computed.incrementAndGet();
        }
    }

    @Test
    void aRegenerationCallsTheMethodThroughItsBeanWithEveryInterceptorAgain() {
        TestClock clock = new TestClock();
        try (RouteTester tester = RouteTester.builder()
                .classes(Prices.class, Auditor.class, Hourly.class)
                .clock(clock)
                .build()) {
            Auditor.RUNS.set(0);
            Prices prices = tester.bean(Prices.class);
            assertThat(prices.price("lamp")).isEqualTo(1);
            clock.advance(Duration.ofSeconds(1));
            assertThat(prices.price("lamp")).isEqualTo(1); // stale: a regeneration is queued
            tester.get("/hourly"); // runs it
            assertThat(prices.price("lamp")).isEqualTo(2);
            assertThat(Auditor.RUNS.get())
                    .as("two calls, one regeneration, one call")
                    .isEqualTo(4);
        }
    }

    /** A generic interface: javac adds a bridge {@code Object find(Object)} that carries the annotation too. */
    public interface Repository<K, V> {
        V find(K id);
    }

    @ApplicationScoped
    public static class ProductRepository implements Repository<String, Product> {
        @Override
        @Cached
        public Product find(String id) {
            return new Product(id, "Lamp", 1);
        }
    }

    @Test
    void aMethodImplementingAGenericInterfaceIsCachedNotRefusedForItsBridge() {
        try (RouteTester tester = RouteTester.of(ProductRepository.class)) {
            assertThat(tester.bean(ProductRepository.class).find("lamp")).isEqualTo(new Product("lamp", "Lamp", 1));
        }
    }

    /** Counts down through its own bean: a cached method that calls itself with the same key. */
    @ApplicationScoped
    public static class Countdown {
        @Inject
        Countdown self;

        private final AtomicInteger depth = new AtomicInteger();

        @Cached
        public int from(int start) {
            return depth.incrementAndGet() < 3 ? self.from(start) + 1 : 0;
        }
    }

    @Test
    void aMethodThatCallsItselfWithTheSameKeyComputesInsteadOfWaitingForItself() {
        try (RouteTester tester = RouteTester.of(Countdown.class)) {
            assertThat(tester.bean(Countdown.class).from(3)).isEqualTo(2);
            assertThat(tester.bean(Countdown.class).from(3)).isEqualTo(2);
        }
    }

    @Route("/featured")
    @RouteConfig(dynamic = io.routehandlers.Dynamic.FORCE_STATIC)
    public static class Featured {
        @Inject
        Catalogue catalogue;

        @GET
        public String get() {
            return catalogue.featured().name();
        }
    }

    @Test
    void aRouteRenderedFromAStaleValueIsNotFreshAndIsRenderedAgainOnceTheValueIs() {
        TestClock clock = new TestClock();
        try (RouteTester tester = tester(clock, Featured.class)) {
            assertThat(tester.get("/featured").text()).isEqualTo("Featured 1"); // prerendered
            clock.advance(Duration.ofMinutes(50));
            tester.bean(RouteCache.class).revalidateTag("featured", "max"); // the route inherited the tag

            TestResponse stale = tester.get("/featured"); // regenerates the route, then the method, after it answers
            assertThat(stale.header("X-Route-Cache")).hasValue("STALE");
            assertThat(stale.header("Cache-Control").orElseThrow()).startsWith("s-maxage=0,");
            TestResponse again = tester.get("/featured");
            assertThat(again.header("X-Route-Cache"))
                    .as("rendered from a stale value: not fresh")
                    .hasValue("STALE");
            TestResponse renewed = tester.get("/featured");
            assertThat(renewed.header("X-Route-Cache")).hasValue("HIT");
            assertThat(renewed.text()).isEqualTo("Featured 2");
        }
    }

    /** A base class whose @Cached method two beans inherit. */
    public abstract static class Counter {
        @Cached
        public int count(String what) {
            return what.length();
        }
    }

    @ApplicationScoped
    public static class Apples extends Counter {}

    @ApplicationScoped
    public static class Pears extends Counter {}

    @Test
    void deploymentFailsForAMethodSeveralBeansInherit() {
        assertThatThrownBy(() -> RouteTester.of(Apples.class, Pears.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("RH-057 @Cached on io.routehandlers.testing.CachedMethodsTest$Counter"
                        + "#count(String), which several beans have: [io.routehandlers.testing.CachedMethodsTest$Apples,"
                        + " io.routehandlers.testing.CachedMethodsTest$Pears], whose values would share one key.");
    }

    /** An abstract base whose @Cached method one bean inherits: the base is no bean, and counts for nothing. */
    public abstract static class Shelving {
        private final AtomicInteger computed = new AtomicInteger();

        @Cached
        public int shelves(String room) {
            return computed.incrementAndGet();
        }
    }

    @ApplicationScoped
    public static class Kitchen extends Shelving {}

    @Test
    void aMethodOneBeanInheritsFromAnAbstractBaseIsCached() {
        try (RouteTester tester = RouteTester.of(Shelving.class, Kitchen.class)) {
            Kitchen kitchen = tester.bean(Kitchen.class);
            assertThat(kitchen.shelves("north")).isEqualTo(1);
            assertThat(kitchen.shelves("north")).isEqualTo(1);
        }
    }

    /** An interface whose method says @Cached: interceptors do not bind to interface methods. */
    public interface Pricing {
        @Cached
        long price(String sku);
    }

    @Test
    void deploymentFailsForCachedOnAnInterfaceMethod() {
        assertThatThrownBy(() -> RouteTester.of(Pricing.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining(
                        "RH-057 @Cached on io.routehandlers.testing.CachedMethodsTest$Pricing#price(String),"
                                + " which is declared by an interface");
    }
}
