package io.routehandlers.tck.caching;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-8.2: configuration wins over the annotation. The same {@link Configured} class that {@link CachingTest}
 * sees cached is deployed with {@code routehandlers.route./configured.revalidate=0}; and a route without
 * {@code @RouteConfig} is cached by a route key alone.
 */
@ExtendWith(ArquillianExtension.class)
@Spec("S-8.2")
class ConfiguredRouteTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war("configured", Configured.class, Motd.class),
                "routehandlers.route./configured.revalidate=0",
                "routehandlers.route./motd.dynamic=force-static");
    }

    @ArquillianResource
    URL base;

    @Test
    void revalidateZeroInConfigTurnsTheAnnotatedCacheOff() {
        HttpResponse<String> first = Http.at(base).get("/configured");
        HttpResponse<String> second = Http.at(base).get("/configured");
        assertThat(second.body()).isNotEqualTo(first.body());
        assertThat(second.headers().firstValue("X-Route-Cache")).isEmpty();
    }

    @Test
    void routeKeyCachesARouteWithoutAnnotation() {
        HttpResponse<String> response = Http.at(base).get("/motd");
        assertThat(response.headers().firstValue("X-Route-Cache")).contains("HIT");
        assertThat(response.headers().firstValue("Cache-Control")).contains("s-maxage=31536000");
    }
}
