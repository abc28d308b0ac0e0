package io.routehandlers.internal.servlet;

import io.routehandlers.Route;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Installs the servlet adapter in a WAR that has {@code @Route} classes (a WAR without routes is left as it is):
 * the {@link RoutesServletFilter} on {@code /*}, and the {@link WebModuleStart} listener that checks the routes
 * against the WAR's pages and prerenders cached routes. The routes themselves are the CDI extension's: found, parsed and validated
 * there, once.
 */
@HandlesTypes({Route.class, Path.class, ApplicationPath.class})
public class RoutesInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Set<Class<?>> found = classes == null ? Set.of() : classes;
        if (found.stream().noneMatch(c -> c.isAnnotationPresent(Route.class))) {
            return;
        }
        List<Class<?>> restClasses =
                found.stream().filter(c -> !c.isAnnotationPresent(Route.class)).toList();
        context.addListener(new WebModuleStart(WarPages.scan(context, restClasses)));
        FilterRegistration.Dynamic filter = context.addFilter("routehandlers", RoutesServletFilter.class);
        filter.setAsyncSupported(true);
        // After the WAR's own filters, so that its security and logging filters see routes too.
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    }
}
