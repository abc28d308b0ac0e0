package io.routehandlers.internal.scan;

import io.routehandlers.CookieValue;
import io.routehandlers.HeaderValue;
import io.routehandlers.Route;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteMessages;
import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * Checks that {@code @HeaderValue} and {@code @CookieValue} injection points are in beans that do not
 * outlive the request (RH-040). A wrong type needs no check of ours: the container reports the unsatisfied
 * dependency at the injection point.
 */
public final class RequestValueInjection {

    private RequestValueInjection() {}

    /** The problem of an injection point, or empty when it is fine or not a request value. */
    public static Optional<DeploymentProblem> check(InjectionPoint point) {
        String qualifier = null;
        for (Annotation a : point.getQualifiers()) {
            if (a instanceof HeaderValue || a instanceof CookieValue) {
                qualifier = a.annotationType().getSimpleName();
            }
        }
        if (qualifier == null) {
            return Optional.empty();
        }
        String where = point.getMember().getDeclaringClass().getName() + "#"
                + point.getMember().getName();
        String scope = outlivingScope(point.getMember().getDeclaringClass());
        return scope == null ? Optional.empty() : Optional.of(RouteMessages.staleRequestValue(where, qualifier, scope));
    }

    /** The declared normal scope of a class when it is not request scoped; routes default to application scope. */
    private static String outlivingScope(Class<?> type) {
        for (Annotation a : type.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(NormalScope.class)) {
                return a.annotationType() == RequestScoped.class
                        ? null
                        : "@" + a.annotationType().getSimpleName();
            }
        }
        boolean explicitScope = false;
        for (Annotation a : type.getAnnotations()) {
            explicitScope |= a.annotationType().isAnnotationPresent(jakarta.inject.Scope.class);
        }
        return type.isAnnotationPresent(Route.class) && !explicitScope ? "@Route (application scoped)" : null;
    }
}
