package io.routehandlers.tck.broken;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.DeploymentFailures;
import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Spec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-8.2: a configuration key naming no route fails deployment.
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-7.2", "S-8.2"})
class ConfigKeyNamesNoRouteTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war("broken-config-key", CachedNews.class),
                "routehandlers.route./news/[slug].revalidate=5");
    }

    @Test
    void deploymentFailsWithRH033() {
        assertThat(DeploymentFailures.of(getClass())).contains("RH-033");
    }
}
