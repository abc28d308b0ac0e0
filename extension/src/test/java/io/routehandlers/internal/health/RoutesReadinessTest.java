package io.routehandlers.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.Route;
import io.routehandlers.internal.RouteHandlersExtension;
import io.routehandlers.internal.cache.Prerender;
import io.routehandlers.internal.cache.ResponseCache;
import io.routehandlers.spi.CachedResponse;
import io.routehandlers.spi.ResponseCacheStore;
import io.routehandlers.spi.Revalidation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The readiness check (S-13.6) on Weld SE, where MicroProfile Health's API is visible. */
class RoutesReadinessTest {

    /** A route. */
    @Route("/hello")
    public static class Hello {
        @GET
        public String get() {
            return "hello";
        }
    }

    /** A store that is down until the test brings it back. */
    @ApplicationScoped
    public static class DownStore implements ResponseCacheStore {
        static volatile boolean down = true;

        @Override
        public Optional<CachedResponse> get(String key) {
            if (!down) {
                return Optional.empty();
            }
            throw new IllegalStateException("the cluster is unreachable");
        }

        @Override
        public void put(String key, CachedResponse entry) {
            throw new IllegalStateException("the cluster is unreachable");
        }

        @Override
        public void revalidate(Revalidation which) {
            throw new IllegalStateException("the cluster is unreachable");
        }
    }

    @AfterEach
    void clear() {
        System.clearProperty("routehandlers.health.store-down");
        DownStore.down = true;
    }

    private static WeldContainer start(Class<?>... beans) {
        return new Weld()
                .disableDiscovery()
                .addExtension(new RouteHandlersExtension())
                .addBeanClasses(beans)
                .initialize();
    }

    /** The module started, and a request's read of the store failed. */
    private static void startedWithAFailedRead(WeldContainer container) {
        container.select(Prerender.class).get().prerender("");
        container.select(ResponseCache.class).get().store().get("/hello");
    }

    private static HealthCheckResponse check(WeldContainer container) {
        return container
                .select(HealthCheck.class, Readiness.Literal.INSTANCE)
                .get()
                .call();
    }

    @Test
    void downUntilTheModuleStartedThenUpWithTheStoreAndItsState() {
        try (WeldContainer container = start(Hello.class)) {
            HealthCheckResponse before = check(container);
            assertThat(before.getName()).isEqualTo("routehandlers");
            assertThat(before.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            container.select(Prerender.class).get().prerender("");
            HealthCheckResponse after = check(container);
            assertThat(after.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(after.getData().orElseThrow())
                    .containsEntry("started", true)
                    .containsEntry("store", "in memory")
                    .containsEntry("store-state", "healthy");
        }
    }

    @Test
    void aFailingStoreKeepsItUpUnlessConfiguredOtherwise() {
        try (WeldContainer container = start(Hello.class, DownStore.class)) {
            startedWithAFailedRead(container);
            HealthCheckResponse up = check(container);
            assertThat(up.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat((String) up.getData().orElseThrow().get("store-state")).startsWith("failing since 20");
        }
        System.setProperty("routehandlers.health.store-down", "true");
        try (WeldContainer container = start(Hello.class, DownStore.class)) {
            startedWithAFailedRead(container);
            assertThat(check(container).getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        }
    }

    @Test
    void aServerTakenOutOfTheBalancerSeesItsStoreComeBack() throws InterruptedException {
        System.setProperty("routehandlers.health.store-down", "true");
        try (WeldContainer container = start(Hello.class, DownStore.class)) {
            startedWithAFailedRead(container);
            assertThat(check(container).getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            DownStore.down = false; // no request comes: the check itself asks the store again
            HealthCheckResponse.Status status = HealthCheckResponse.Status.DOWN;
            for (int i = 0; i < 80 && status == HealthCheckResponse.Status.DOWN; i++) {
                Thread.sleep(100);
                status = check(container).getStatus();
            }
            assertThat(status).isEqualTo(HealthCheckResponse.Status.UP);
        }
    }

    @Test
    void anApplicationWithoutRoutesHasNoCheck() {
        try (WeldContainer container = start(DownStore.class)) {
            assertThat(container
                            .select(HealthCheck.class, Readiness.Literal.INSTANCE)
                            .isResolvable())
                    .isFalse();
        }
    }
}
