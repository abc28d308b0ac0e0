package io.routehandlers.internal.dispatch;

import io.routehandlers.internal.cache.Prerender;
import io.routehandlers.internal.scan.DeploymentProblem;
import io.routehandlers.internal.scan.RouteDeploymentException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.List;

/**
 * The start of a web module with routes, registered by {@link RoutesInitializer}: fails it when routes take
 * the URLs of the WAR's own pages (RH-002), then prerenders the cached routes (S-8.6), which fails it on
 * RH-036 and RH-037. An exception from a context listener fails the deployment on every server, with its
 * message; an initializer cannot fail it itself (Open Liberty only logs its exceptions), and CDI's
 * {@code @Initialized(ApplicationScoped.class)} is no portable hook (Payara fires it before the initializers,
 * without the {@code ServletContext}).
 */
public class WebModuleStart implements ServletContextListener {

    @Inject
    Prerender prerender;

    @Override
    @SuppressWarnings("unchecked")
    public void contextInitialized(ServletContextEvent event) {
        if (event.getServletContext().getAttribute(RoutesInitializer.CONFLICTS) instanceof List<?> conflicts) {
            throw new RouteDeploymentException((List<DeploymentProblem>) conflicts);
        }
        prerender.prerender(event.getServletContext());
    }
}
