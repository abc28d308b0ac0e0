package io.routehandlers.internal.cache;

import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteMessages;
import io.routehandlers.spi.CacheLife;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The application's {@code @Cached} methods, checked once at deployment (S-8.13), by method. */
public final class CachedMethodTable {

    private final Map<Method, CachedMethod> methods;

    private CachedMethodTable(Map<Method, CachedMethod> methods) {
        this.methods = Map.copyOf(methods);
    }

    /**
     * Checks the {@code @Cached} methods of the application's beans.
     *
     * @param found the methods annotated {@code @Cached}, with the bean classes that have each
     * @param routeClasses the route classes, whose handlers must not be {@code @Cached}
     * @param profiles the cache life profiles
     * @param problems receives every problem of every method
     * @return the methods that have none
     */
    public static CachedMethodTable build(
            Map<Method, Set<Class<?>>> found,
            Set<Class<?>> routeClasses,
            Map<String, CacheLife> profiles,
            List<DeploymentProblem> problems) {
        Map<Method, CachedMethod> methods = new HashMap<>();
        for (Map.Entry<Method, Set<Class<?>>> entry : found.entrySet()) {
            Method method = entry.getKey();
            if (entry.getValue().size() > 1) {
                // Its key names the method, not the bean: the beans would read each other's values.
                problems.add(RouteMessages.cachedNotApplicable(
                        CachedMethod.describe(method),
                        "several beans have: "
                                + entry.getValue().stream()
                                        .map(Class::getName)
                                        .sorted()
                                        .toList() + ", whose values would share one key",
                        "override it in each bean with @Cached there (calling super), or keep it in one bean."));
                continue;
            }
            CachedMethod.of(method, routeClasses.contains(method.getDeclaringClass()), profiles, problems)
                    .ifPresent(m -> methods.put(method, m));
        }
        return new CachedMethodTable(methods);
    }

    /** {@code com.acme.Catalogue#products(String)}, for messages. */
    public static String describe(Method method) {
        return CachedMethod.describe(method);
    }

    /** Whether an interceptor reaches a method: neither it nor its class is private, static or final. */
    public static boolean interceptable(Method method) {
        int modifiers = method.getModifiers();
        return !Modifier.isPrivate(modifiers)
                && !Modifier.isStatic(modifiers)
                && !Modifier.isFinal(modifiers)
                && !Modifier.isFinal(method.getDeclaringClass().getModifiers());
    }

    /** The checked method an interceptor was called for, or {@code null} when deployment did not see it. */
    CachedMethod find(Method method) {
        return methods.get(method);
    }

    /** How many methods are cached. */
    public int size() {
        return methods.size();
    }
}
