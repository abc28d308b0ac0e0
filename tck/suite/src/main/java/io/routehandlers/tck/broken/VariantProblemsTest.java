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
 * S-18.1, S-18.2, S-18.5: handlers of one method that a request could not tell apart, a malformed version, and a
 * wrong {@code @EntityTag} method fail the deployment together.
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-18.1", "S-18.2", "S-18.5"})
class VariantProblemsTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.war("broken-variants", BadVariants.class);
    }

    @Test
    void deploymentFailsWithEachProblem() {
        assertThat(DeploymentFailures.of(getClass()))
                .contains("RH-021 Two handlers for GET in io.routehandlers.tck.broken.BadVariants (broken/variants):")
                .contains("RH-021 Two handlers for POST in io.routehandlers.tck.broken.BadVariants (broken/variants):")
                .contains("RH-062 Handler io.routehandlers.tck.broken.BadVariants#two(): @ApiVersion(\"two\") is not a"
                        + " version such as 2, 1.1 or 2+.")
                .contains("RH-063 The @EntityTag method io.routehandlers.tck.broken.BadVariants#version() returns int,"
                        + " not String.");
    }
}
