package io.routehandlers.tck.arquillian;

import io.routehandlers.tck.DeploymentFailures;
import io.routehandlers.tck.ServerLog;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * Records why a deployment failed into {@link DeploymentFailures}: the exception the adapter reports and what
 * the server logged meanwhile (some adapters report a web module that fails to start only as a timeout), then
 * lets Arquillian's own {@code @ShouldThrowException} handling see the failure. Notes where the server's log
 * stood when each deployment started ({@link ServerLog}).
 */
public class DeploymentFailureRecorder {

    @Inject
    private Instance<TestClass> testClass;

    public void record(@Observes(precedence = -1000) EventContext<DeployDeployment> context) throws Exception {
        Class<?> test = testClass.get() == null ? null : testClass.get().getJavaClass();
        if (test != null) {
            ServerLog.markDeployment(test);
        }
        try {
            context.proceed();
        } catch (Exception failure) {
            // proceed() also throws the container's checked DeploymentException.
            if (test != null) {
                StringWriter text = new StringWriter();
                failure.printStackTrace(new PrintWriter(text));
                DeploymentFailures.record(test, text + "\nServer log during the deployment:\n" + ServerLog.since(test));
            }
            throw failure;
        }
    }
}
