package io.routehandlers.internal.health;

import io.routehandlers.internal.cache.Prerender;
import io.routehandlers.internal.cache.ResponseCache;
import io.routehandlers.internal.scan.RouteTable;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.AnnotationLiteral;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Readiness;

/**
 * Adds the {@code routehandlers} readiness check as a bean of the application (S-13.6), which the server's MicroProfile
 * Health finds with the application's own checks. Called by the extension by name, only when MicroProfile Health is
 * visible, so that its classes are never loaded on a server without it.
 */
public final class HealthBeans {

    private HealthBeans() {}

    /** Adds the check's bean. */
    public static void add(AfterBeanDiscovery event, BeanManager beans) {
        event.addBean()
                .beanClass(RoutesReadiness.class)
                .types(HealthCheck.class, Object.class)
                .qualifiers(new ReadinessLiteral(), Any.Literal.INSTANCE)
                .scope(Dependent.class)
                .createWith(context -> new RoutesReadiness(
                        () -> beans.createInstance().select(Prerender.class).get(),
                        () -> beans.createInstance().select(ResponseCache.class).get(),
                        () -> beans.createInstance()
                                .select(RouteTable.class)
                                .get()
                                .settings()
                                .healthStoreDown()));
    }

    /** {@code @Readiness}, written here: MicroProfile Health before 3.1 has no literal of its own. */
    @SuppressWarnings("all")
    private static final class ReadinessLiteral extends AnnotationLiteral<Readiness> implements Readiness {
        private static final long serialVersionUID = 1L;
    }
}
