package io.routehandlers.internal.dispatch;

import io.routehandlers.internal.scan.DeploymentProblem;
import io.routehandlers.internal.scan.RouteDeploymentException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;
import io.routehandlers.internal.scan.DeploymentProblem;
import io.routehandlers.internal.scan.RouteDeploymentException;
import java.util.List;

/**
 * Fails the WAR's start when {@link RoutesInitializer} found routes at the URLs of the WAR's own pages
 * (RH-002). The initializer cannot fail the start itself: some servers (Open Liberty) only log an
 * exception of a {@code ServletContainerInitializer}. Failing here, when CDI starts the application
 * context of the web module, is reported by servers as a failed deployment, with the message.
 */
@ApplicationScoped
public class PageConflictCheck {

    @SuppressWarnings("unchecked")
    void failOnConflicts(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (event instanceof ServletContext context
                && context.getAttribute(RoutesInitializer.CONFLICTS) instanceof List<?> conflicts) {
            throw new RouteDeploymentException((List<DeploymentProblem>) conflicts);
        }
    }
}
