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
 * S-17.1: a {@code @Socket} method that returns no listener, one that is also a {@code GET} handler, and two socket
 * handlers in one class fail the deployment together.
 */
@ExtendWith(ArquillianExtension.class)
@Spec("S-17.1")
class SocketProblemsTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        return Deployments.war("broken-sockets", BadSockets.class);
    }

    @Test
    void deploymentFailsWithEachProblem() {
        assertThat(DeploymentFailures.of(getClass()))
                .contains(
                        "RH-061 The @Socket method io.routehandlers.tck.broken.BadSockets#talk() returns String, not a"
                                + " SocketListener.")
                .contains("RH-061 The @Socket method io.routehandlers.tck.broken.BadSockets#both() is also annotated"
                        + " @GET")
                .contains(
                        "RH-021 Two handlers for @Socket in io.routehandlers.tck.broken.BadSockets (broken/sockets):");
    }
}
