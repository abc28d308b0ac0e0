package io.routehandlers.tck.arquillian;

import io.routehandlers.tck.DeploymentFailures;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * Records why a deployment failed into {@link DeploymentFailures}, then lets Arquillian's own
 * {@code @ShouldThrowException} handling see the failure. Registered by the TCK jar itself.
 */
public class DeploymentFailureRecorder implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Recorder.class);
    }

    /** The observer, inside Arquillian's expected-exception handling. */
    public static class Recorder {

        @Inject
        private Instance<TestClass> testClass;

        public void record(@Observes(precedence = -1000) EventContext<DeployDeployment> context) throws Exception {
            try {
                context.proceed();
            } catch (Exception failure) {
                // proceed() also throws the container's checked DeploymentException.
                if (testClass.get() != null) {
                    StringWriter text = new StringWriter();
                    failure.printStackTrace(new PrintWriter(text));
                    DeploymentFailures.record(testClass.get().getJavaClass(), text.toString());
                }
                throw failure;
            }
        }
    }
}
