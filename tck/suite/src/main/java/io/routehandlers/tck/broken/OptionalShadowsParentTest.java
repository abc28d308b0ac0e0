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
 * S-7.2: an optional catch-all whose parent path is also a route fails deployment. Arquillian checks that deploying
 * the WAR fails ({@link ShouldThrowException}); the test checks that the failure reports RH-005.
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-7.1", "S-7.2"})
class OptionalShadowsParentTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.war("broken-optionalshadowsparent", Guide.class, GuidePages.class);
    }

    @Test
    void deploymentFailsWithRH005() {
        assertThat(DeploymentFailures.of(getClass())).contains("RH-005");
    }
}
