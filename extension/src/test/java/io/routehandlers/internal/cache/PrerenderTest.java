package io.routehandlers.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.broken.BrokenConfig;
import io.routehandlers.fixtures.Catalog;
import io.routehandlers.fixtures.Orders;
import io.routehandlers.fixtures.Products;
import io.routehandlers.internal.RouteHandlersExtension;
import io.routehandlers.internal.problems.RouteDeploymentException;
import io.routehandlers.spi.CachedResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/** Prerendering at startup (S-8.6) and its failures (S-8.5, RH-036, RH-037), on Weld SE with real handlers. */
class PrerenderTest {

    private static WeldContainer start(Class<?>... routes) {
        return new Weld()
                .disableDiscovery()
                .addExtension(new RouteHandlersExtension())
                .addBeanClasses(routes)
                .initialize();
    }

    private static String body(ResponseCache cache, String key) {
        CachedResponse entry = cache.store().get(key).orElseThrow(() -> new AssertionError("no entry at " + key));
        return new String(entry.body(), StandardCharsets.UTF_8);
    }

    @Test
    void staticRoutesAndListedParamsAreInTheStoreBeforeTheFirstRequest() {
        try (WeldContainer container = start(Catalog.class, Products.class, Orders.class)) {
            container.select(Prerender.class).get().prerender("/shop");
            ResponseCache cache = container.select(ResponseCache.class).get();
            assertThat(body(cache, "/catalog")).isEqualTo("catalog");
            assertThat(body(cache, "/products/1")).isEqualTo("product 1");
            assertThat(body(cache, "/products/2")).isEqualTo("product 2");
            assertThat(cache.store().get("/products/3")).isEmpty();
            assertThat(cache.store().get("/products/1").orElseThrow().tags()).containsExactly("products");
        }
    }

    @Test
    void errorRouteThatReadsAHeaderFailsDeploymentWithTheNextJsMessage() {
        try (WeldContainer container = start(BrokenConfig.HeadersInErrorMode.class)) {
            Prerender prerender = container.select(Prerender.class).get();
            assertThatThrownBy(() -> prerender.prerender(""))
                    .isInstanceOf(RouteDeploymentException.class)
                    .hasMessage("""
                            1 route problem: RH-036 (see Deployment errors in the routehandlers docs)

                            RH-036 Route /strict with `dynamic = "error"` couldn't be rendered statically because it \
                            used `headers()`. (io.routehandlers.broken.BrokenConfig$HeadersInErrorMode (strict), \
                            rendered at startup)
                              Fix: read no request data in a dynamic = "error" route, or make it force-static (empty \
                            request data) or force-dynamic (not cached).""");
        }
    }

    @Test
    void staticParamsListingAKeyThatIsNoParamFailsDeployment() {
        try (WeldContainer container = start(BrokenConfig.StaticParamsWithUnknownKey.class)) {
            Prerender prerender = container.select(Prerender.class).get();
            assertThatThrownBy(() -> prerender.prerender(""))
                    .isInstanceOf(RouteDeploymentException.class)
                    .hasMessageContaining("""
                            RH-037 @StaticParams method \
                            io.routehandlers.broken.BrokenConfig$StaticParamsWithUnknownKey#shelves() returned \
                            {rack=b}, whose key rack is not a param of /shelves/[shelf].
                              Fix: return one map per path with exactly the route's params [shelf]: a String for [x], \
                            a List<String> for [...x] and [[...x]].""");
        }
    }
}
