package io.routehandlers.internal.servlet;

import io.routehandlers.internal.cache.Prerender;
import io.routehandlers.internal.config.GlobalSettings;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.pipeline.RoutePipeline;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.Platform;
import io.routehandlers.internal.problems.RouteDeploymentException;
import io.routehandlers.internal.problems.RouteMessages;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.internal.stream.Streams;
import io.routehandlers.internal.tree.Segment;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The start of a web module with routes, registered by {@link RoutesInitializer}: fails it when routes take the
 * URLs of the WAR's own pages (RH-002) or revalidating routes find no managed executor (RH-038), tells the pipeline
 * which pages win over dynamic routes, then prerenders the cached routes (S-8.6), which fails it on RH-036 and
 * RH-037. An exception from a context listener fails the deployment on every server, with its message; an
 * initializer cannot (Open Liberty only logs its exceptions), and CDI's {@code @Initialized(ApplicationScoped.class)}
 * is no portable hook (Payara fires it before the initializers, without the {@code ServletContext}).
 */
public class WebModuleStart implements ServletContextListener {

    private final WarPages pages;

    /**
     * A start that checks the routes against the WAR's pages, found by the initializer (a listener it adds may not
     * ask the servlet context for its servlets).
     */
    WebModuleStart(WarPages pages) {
        this.pages = pages;
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        CDI<Object> cdi = CDI.current();
        RouteTable table = cdi.select(RouteTable.class).get();
        List<DeploymentProblem> problems = conflicts(table, pages);
        boolean revalidating = table.routes().stream()
                .anyMatch(r -> r.settings().cached() && r.settings().expires());
        // Looked up here, on a thread of the container: a stage completing elsewhere could not see java:comp.
        String executor = table.settings().executor();
        boolean found =
                cdi.select(BackgroundExecutor.class).get().lookUp(executor).isPresent();
        cdi.select(Streams.class).get().lookUpExecutors();
        if (!found && !executor.equals(GlobalSettings.DEFAULT_EXECUTOR)) {
            problems.add(RouteMessages.missingExecutor(executor, BackgroundExecutor.whyNoExecutor(executor)));
        } else if (!found && revalidating) {
            problems.add(RouteMessages.missingPlatform(
                    "Jakarta Concurrency's default managed executor (" + BackgroundExecutor.DEFAULT_MANAGED_EXECUTOR
                            + "), which regenerates the answers of routes with a revalidate period,",
                    Platform.CONCURRENCY.fix()));
        }
        if (table.routes().stream().anyMatch(r -> r.socket().isPresent())) {
            registerSockets(event.getServletContext()).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new RouteDeploymentException(problems);
        }
        cdi.select(RoutePipeline.class).get().pages(pages.exact().keySet());
        cdi.select(Prerender.class).get().prerender(event.getServletContext().getContextPath());
    }

    /** Adds the sockets' endpoint to the module's WebSocket container (S-17.5); the problem when it cannot. */
    private static Optional<DeploymentProblem> registerSockets(ServletContext context) {
        try {
            return ServletSockets.register(context) ? Optional.empty() : Optional.of(Platform.WEBSOCKET.missing());
        } catch (Exception e) {
            return Optional.of(RouteMessages.missingPlatform(
                    "Jakarta WebSocket 2.1 (its container refused the routes' endpoint: " + e + ")",
                    Platform.WEBSOCKET.fix()));
        }
    }

    private static List<DeploymentProblem> conflicts(RouteTable table, WarPages pages) {
        List<DeploymentProblem> problems = new ArrayList<>();
        for (RouteDefinition route : table.routes()) {
            String url = route.path().url();
            String page = route.path().isDynamic() ? null : pages.exact().get(url);
            if (page == null && route.path().segments().stream().noneMatch(Segment::isCatchAll)) {
                page = pages.templates().get(template(route));
            }
            if (page != null) {
                problems.add(RouteMessages.routeAndPage(url, route.describe(), page));
            }
        }
        return problems;
    }

    private static String template(RouteDefinition route) {
        return "/"
                + route.path().segments().stream()
                        .map(s -> s.paramName() == null ? s.display() : "[*]")
                        .collect(Collectors.joining("/"));
    }
}
