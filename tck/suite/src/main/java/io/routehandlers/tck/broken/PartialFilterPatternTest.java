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

/** S-15.1: a filter pattern that matches only some URLs of a route fails deployment with RH-050. */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-7.1", "S-15.1"})
class PartialFilterPatternTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.war("broken-partialfilter", PartialFilter.class, PartialFilter.Everything.class);
    }

    @Test
    void deploymentFailsWithRH050() {
        assertThat(DeploymentFailures.of(getClass())).contains("RH-050");
    }
}
