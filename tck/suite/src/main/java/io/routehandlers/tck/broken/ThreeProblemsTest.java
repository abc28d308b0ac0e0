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
 * S-7.2: three broken routes in one WAR fails deployment. Arquillian checks that deploying the WAR
 * fails ({@link ShouldThrowException}); the test checks that the failure reports RH-023, RH-018, RH-020.
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-7.1", "S-7.2"})
class ThreeProblemsTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.war("broken-threeproblems", VoidHandler.class, PrivateFolder.class, NoHandler.class);
    }

    @Test
    void deploymentFailsWithRH023AndRH018AndRH020() {
        assertThat(DeploymentFailures.of(getClass()))
                .contains("RH-023")
                .contains("RH-018")
                .contains("RH-020");
    }
}
