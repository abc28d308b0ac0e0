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
 * S-9.5: @ImageIds on a route that is no image route fails deployment. Arquillian checks that deploying
 * the WAR fails ({@link ShouldThrowException}); the test checks that the failure reports RH-045.
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-7.2", "S-9.5"})
class MisplacedImageIdsTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.war("broken-misplacedimageids", MisplacedImageIds.class);
    }

    @Test
    void deploymentFailsWithRH045() {
        assertThat(DeploymentFailures.of(getClass())).contains("RH-045");
    }
}
