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
 * S-11.7: {@code routehandlers.executor} naming nothing of the application's naming context fails deployment with
 * RH-064, which says the name and why it holds no executor.
 */
@ExtendWith(ArquillianExtension.class)
@Spec("S-11.7")
class UnknownExecutorTest {

    private static final String NAME = "java:comp/env/concurrent/no-such-executor";

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        // Above a server's own value (the Jakarta EE 11 run names its virtual threads in server.xml, ordinal 500).
        return Deployments.withConfig(
                Deployments.war("broken-executor", GreetingRoute.class),
                "config_ordinal=700",
                "routehandlers.executor=" + NAME);
    }

    @Test
    void deploymentFailsWithRH064NamingTheExecutor() {
        assertThat(DeploymentFailures.of(getClass())).contains("RH-064").contains(NAME);
    }
}
