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
 * S-8.2: an invalid configuration value fails deployment, naming the key, the value and the allowed values.
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-7.2", "S-8.2"})
class InvalidConfigValueTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war("broken-config-value", CachedNews.class),
                "routehandlers.route./news/[id].revalidate=soon");
    }

    @Test
    void deploymentFailsWithRH032() {
        assertThat(DeploymentFailures.of(getClass())).contains("RH-032");
    }
}
