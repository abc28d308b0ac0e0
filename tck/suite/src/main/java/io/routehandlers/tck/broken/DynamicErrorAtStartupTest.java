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
 * S-8.5: a {@code dynamic = "error"} route that reads a header while it is rendered at startup fails
 * deployment, with the Next.js message (Next.js fails the build).
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-8.5", "S-7.1"})
class DynamicErrorAtStartupTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.war("broken-dynamic-error", HeadersInErrorMode.class);
    }

    @Test
    void deploymentFailsWithRH036() {
        assertThat(DeploymentFailures.of(getClass())).contains("RH-036");
    }
}
