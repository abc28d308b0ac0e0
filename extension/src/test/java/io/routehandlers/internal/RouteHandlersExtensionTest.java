package io.routehandlers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.broken.BrokenRoutes;
import io.routehandlers.broken.StaleValues;
import io.routehandlers.fixtures.AmbientRequest;
import io.routehandlers.fixtures.Catalog;
import io.routehandlers.fixtures.Invoices;
import io.routehandlers.fixtures.Orders;
import io.routehandlers.fixtures.Products;
import io.routehandlers.internal.scan.RouteTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

@EnableWeld
class RouteHandlersExtensionTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
                    .addExtension(new RouteHandlersExtension())
                    .addBeanClasses(Orders.class, Invoices.class, Catalog.class, Products.class))
            .build();

    @Inject
    BeanManager beanManager;

    @Inject
    RouteTable table;

    @Test
    void routeWithoutScopeIsApplicationScoped() {
        assertThat(beanManager.resolve(beanManager.getBeans(Orders.class)).getScope())
                .isEqualTo(ApplicationScoped.class);
    }

    @Test
    void explicitScopeWinsOverTheDefault() {
        assertThat(beanManager.resolve(beanManager.getBeans(Invoices.class)).getScope())
                .isEqualTo(RequestScoped.class);
    }

    @Test
    void routeTableHoldsEveryRouteSortedByUrl() {
        assertThat(table.routes())
                .extracting(r -> r.path().url())
                .containsExactly("/catalog", "/invoices/[[...path]]", "/orders/[id]", "/products/[id]");
        assertThat(table.lookup("/invoices/2024/03").params()).containsExactly(List.of("2024", "03"));
        assertThat(table.lookup("/orders/42").value().allow()).isEqualTo("DELETE, GET, HEAD, OPTIONS");
    }

    @Test
    void routeTableDescribesKindsAndMethodsLikeNextBuild() {
        assertThat(table.describe()).isEqualTo("""
                Route (routehandlers)    Methods      Revalidate
                \u25cb /catalog               GET          forever     io.routehandlers.fixtures.Catalog
                \u0192 /invoices/[[...path]]  GET                      io.routehandlers.fixtures.Invoices
                \u0192 /orders/[id]           DELETE, GET              io.routehandlers.fixtures.Orders
                \u25cf /products/[id]         GET          60s         io.routehandlers.fixtures.Products

                \u25cb (Static)   prerendered at startup, then served from the cache
                \u25cf (SSG)      prerendered for the params its @StaticParams method lists
                \u0192 (Dynamic)  rendered on demand (cached when it has a revalidate)""");
    }

    @Test
    void requestValueInARouteThatOutlivesTheRequestFails() {
        Weld broken = new Weld()
                .disableDiscovery()
                .addExtension(new RouteHandlersExtension())
                .addBeanClasses(StaleValues.StaleReferer.class, AmbientRequest.class);
        assertThatThrownBy(broken::initialize)
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("""
                RH-040 @HeaderValue injected into io.routehandlers.broken.StaleValues$StaleReferer#referer of a \
                @Route (application scoped) bean: it would keep the value of the first request.
                  Fix: inject it into a @RequestScoped bean, or read the value per request through HeaderStore or \
                CookieStore.""");
    }

    @Test
    void brokenRoutesFailDeploymentOnceListingEveryProblem() {
        Weld broken = new Weld()
                .disableDiscovery()
                .addExtension(new RouteHandlersExtension())
                .addBeanClasses(
                        BrokenRoutes.VoidHandler.class,
                        BrokenRoutes.PrivateSegment.class,
                        BrokenRoutes.NoHandler.class);
        assertThatThrownBy(broken::initialize)
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining(
                        "3 route problems: RH-018, RH-020, RH-023 (see Deployment errors in the routehandlers "
                                + "docs)\n\n")
                .hasMessageContaining(
                        "RH-023 Handler io.routehandlers.broken.BrokenRoutes$VoidHandler#post(RouteRequest)")
                .hasMessageContaining("RH-018 Private segment in segment '_internal'")
                .hasMessageContaining(
                        "RH-020 Route class has no handler: io.routehandlers.broken.BrokenRoutes$NoHandler");
    }
}
