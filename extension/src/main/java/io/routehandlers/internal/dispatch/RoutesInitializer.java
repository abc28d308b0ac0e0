package io.routehandlers.internal.dispatch;

import io.routehandlers.Route;
import io.routehandlers.internal.scan.DeploymentProblem;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteMessages;
import io.routehandlers.internal.tree.PathSyntax;
import io.routehandlers.internal.tree.PathSyntaxException;
import io.routehandlers.internal.tree.RoutePath;
import io.routehandlers.internal.tree.Segment;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Installs the {@link RouteFilter} on {@code /*} in a WAR that has {@code @Route} classes (a WAR without
 * routes is left as it is), after checking that no route takes a URL the WAR's own pages serve (RH-002,
 * failed by {@link WebModuleStart}, which also prerenders cached routes).
 * Route problems of other kinds are the CDI extension's to report.
 */
@HandlesTypes({Route.class, Path.class, ApplicationPath.class})
public class RoutesInitializer implements ServletContainerInitializer {

    /** The servlet context attribute holding the WAR's static page URLs, which dynamic routes never take. */
    static final String PAGES = RoutesInitializer.class.getName() + ".pages";
    /** The servlet context attribute holding route and page conflicts, which {@link WebModuleStart} reports. */
    static final String CONFLICTS = RoutesInitializer.class.getName() + ".conflicts";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Set<Class<?>> found = classes == null ? Set.of() : classes;
        List<Class<?>> routes = found.stream()
                .filter(c -> c.isAnnotationPresent(Route.class) && !Modifier.isAbstract(c.getModifiers()))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
        if (routes.isEmpty()) {
            return;
        }
        WarPages pages = WarPages.scan(
                context,
                found.stream().filter(c -> !c.isAnnotationPresent(Route.class)).collect(Collectors.toList()));
        context.addListener(WebModuleStart.class);
        List<DeploymentProblem> conflicts = conflicts(routes, pages);
        if (!conflicts.isEmpty()) {
            // Not thrown here: some servers (Open Liberty) only log an exception of an initializer.
            context.setAttribute(CONFLICTS, conflicts);
            return;
        }
        context.setAttribute(PAGES, Set.copyOf(pages.exact().keySet()));
        FilterRegistration.Dynamic filter = context.addFilter("routehandlers", RouteFilter.class);
        filter.setAsyncSupported(true);
        // After the WAR's own filters, so that its security and logging filters see routes too.
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    }

    private static List<DeploymentProblem> conflicts(List<Class<?>> routes, WarPages pages) {
        List<DeploymentProblem> problems = new ArrayList<>();
        for (Class<?> type : routes) {
            RoutePath path;
            try {
                path = PathSyntax.parse(type.getAnnotation(Route.class).value());
            } catch (PathSyntaxException e) {
                continue; // reported by the CDI extension
            }
            String url = path.url();
            String page = path.isDynamic() ? null : pages.exact().get(url);
            if (page == null && path.segments().stream().noneMatch(Segment::isCatchAll)) {
                page = pages.templates().get(template(path));
            }
            if (page != null) {
                problems.add(RouteMessages.routeAndPage(url, RouteDefinition.describe(type, path), page));
            }
        }
        return problems;
    }

    private static String template(RoutePath path) {
        return "/"
                + path.segments().stream()
                        .map(s -> s.paramName() == null ? s.display() : "[*]")
                        .collect(Collectors.joining("/"));
    }
}
