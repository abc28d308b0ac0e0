package io.routehandlers.internal.dispatch;

import io.routehandlers.Route;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import java.util.EnumSet;
import java.util.Set;

/**
 * Installs the {@link RouteFilter} on {@code /*} in a WAR that has {@code @Route} classes; a WAR without
 * routes is left as it is.
 */
@HandlesTypes(Route.class)
public class RoutesInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> routeClasses, ServletContext context) {
        if (routeClasses == null || routeClasses.isEmpty()) {
            return;
        }
        FilterRegistration.Dynamic filter = context.addFilter("routehandlers", RouteFilter.class);
        filter.setAsyncSupported(true);
        // After the WAR's own filters, so that its security and logging filters see routes too.
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
    }
}
