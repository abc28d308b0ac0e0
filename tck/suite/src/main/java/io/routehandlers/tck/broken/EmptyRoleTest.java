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

/** S-13.3: {@code @RolesAllowed} with an empty role fails deployment with RH-042. */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-7.1", "S-13.3"})
class EmptyRoleTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.war("broken-emptyrole", NamelessRole.class);
    }

    @Test
    void deploymentFailsWithRH042() {
        assertThat(DeploymentFailures.of(getClass())).contains("RH-042");
    }
}
