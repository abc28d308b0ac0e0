package io.routehandlers.tck.broken;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.DeploymentFailures;
import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Spec;
import io.routehandlers.tck.coexistence.PingResource;
import io.routehandlers.tck.coexistence.ShopApplication;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-7.2: a route with the template of a Jakarta REST resource of the WAR fails deployment. Arquillian checks that
 * deploying the WAR fails ({@link ShouldThrowException}); the test checks that the failure reports RH-002.
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-7.1", "S-7.2"})
class RouteAndRestResourceTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.war("broken-routeandrest", PingRoute.class, ShopApplication.class, PingResource.class);
    }

    @Test
    void deploymentFailsWithRH002() {
        assertThat(DeploymentFailures.of(getClass())).contains("RH-002");
    }
}
