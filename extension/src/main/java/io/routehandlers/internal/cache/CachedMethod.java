package io.routehandlers.internal.cache;

import io.routehandlers.Cached;
import io.routehandlers.internal.config.LifeProfiles;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteMessages;
import io.routehandlers.spi.CacheLife;
import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * One {@link Cached} method as deployment checked it (S-8.13): its key's prefix, the type its values are stored as,
 * and its declared tags and life.
 *
 * @param method the method
 * @param id the method as entries name it ({@code CachedResponse#route}): {@code @com.acme.Catalogue#products(String)}
 * @param keyPrefix the start of each of its keys: the id and a digest of the shapes of the value type and the
 *     parameter types, so that a deploy that changes a record never reads or finds values of the old one
 * @param stored the type of the stored value: the return type without {@code Optional} or {@code CompletionStage}
 * @param optional whether values come in an {@code Optional}
 * @param async whether values come in a {@code CompletionStage}
 * @param immutable whether values can be kept decoded and handed to every caller
 * @param tags its declared tags
 * @param life its declared life: its profile's, else the {@code default} profile's
 */
record CachedMethod(
        Method method,
        String id,
        String keyPrefix,
        Type stored,
        boolean optional,
        boolean async,
        boolean immutable,
        List<String> tags,
        CacheLife life) {

    CachedMethod {
        tags = List.copyOf(tags);
    }

    /**
     * Checks a {@code @Cached} method.
     *
     * @param method the method
     * @param routeClass whether its class is a route class
     * @param profiles the cache life profiles
     * @param problems receives what is wrong with it (RH-055 to RH-058)
     * @return the method, when nothing is wrong
     */
    static Optional<CachedMethod> of(
            Method method, boolean routeClass, Map<String, CacheLife> profiles, List<DeploymentProblem> problems) {
        String where = describe(method);
        int before = problems.size();
        Cached cached = method.getAnnotation(Cached.class);
        if (routeClass && Arrays.stream(method.getAnnotations()).anyMatch(CachedMethod::httpMethod)) {
            problems.add(RouteMessages.cachedNotApplicable(
                    where,
                    "is a route handler",
                    "cache the route with @RouteConfig(life = ...) or revalidate, or move the work worth caching into"
                            + " a @Cached method of a bean the handler calls."));
        } else if (!CachedMethodTable.interceptable(method)) {
            problems.add(RouteMessages.cachedNotApplicable(
                    where,
                    "no interceptor reaches: it or its class is private, static or final",
                    "make the method and its class neither private, static nor final, and call it on the injected"
                            + " bean."));
        }
        Type[] parameters = method.getGenericParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            Optional<String> unsupported = ArgumentKeys.unsupported(parameters[i]);
            if (unsupported.isPresent()) {
                String name =
                        method.getParameters()[i].isNamePresent() ? method.getParameters()[i].getName() : "#" + (i + 1);
                problems.add(RouteMessages.unsupportedCacheKey(where, name, unsupported.get()));
            }
        }
        Type type = method.getGenericReturnType();
        boolean async = raw(type) == CompletionStage.class || raw(type) == CompletableFuture.class;
        if (async) {
            type = argument(type);
        }
        boolean optional = raw(type) == Optional.class;
        if (optional) {
            type = argument(type);
        }
        ValueShape shape = null;
        try {
            shape = ValueShape.of(type);
        } catch (ValueShape.Unsupported e) {
            problems.add(RouteMessages.unsupportedCachedValue(
                    where, method.getGenericReturnType().getTypeName(), e.getMessage()));
        }
        String profile =
                cached.life().isBlank() ? LifeProfiles.DEFAULT : cached.life().trim();
        CacheLife life = profiles.get(profile);
        if (life == null) {
            problems.add(RouteMessages.unknownLifeProfile("@Cached method " + where, profile, profiles.keySet()));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String id = "@" + method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getGenericParameterTypes())
                        .map(Type::getTypeName)
                        .collect(Collectors.joining(","))
                + ")";
        StringBuilder shapes = new StringBuilder(shape.description());
        for (Type parameter : parameters) {
            try {
                shapes.append('|').append(ValueShape.of(parameter).description());
            } catch (ValueShape.Unsupported e) {
                shapes.append('|').append(parameter.getTypeName()); // a primitive: its name is its shape
            }
        }
        List<String> tags = Arrays.stream(cached.tags())
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .toList();
        return Optional.of(new CachedMethod(
                method,
                id,
                id + "#" + ValueShape.digest(shapes.toString()) + "?",
                type,
                optional,
                async,
                shape.immutable(),
                tags,
                life));
    }

    /**
     * The arguments of a call as the cache keeps them: each list copied, so that a caller changing its list after the
     * call cannot change what a computation of this key reads (a list inside a record is the record's own).
     */
    static Object[] frozen(Object[] arguments) {
        Object[] frozen = arguments;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof List<?> list) {
                if (frozen == arguments) {
                    frozen = arguments.clone();
                }
                frozen[i] = new ArrayList<>(list);
            }
        }
        return frozen;
    }

    /** The key of one call. */
    String key(Object[] arguments) {
        StringBuilder key = new StringBuilder(keyPrefix);
        for (Object argument : arguments) {
            ArgumentKeys.append(argument, key);
            key.append(',');
        }
        return key.toString();
    }

    /** A stored value as the method returns it: in an {@code Optional} or a completed stage as it declares. */
    Object wrap(Object value) {
        return async ? CompletableFuture.completedFuture(inStage(value)) : inStage(value);
    }

    /** A stored value as the method's stage completes with it: in an {@code Optional} if it declares one. */
    Object inStage(Object value) {
        return optional ? Optional.ofNullable(value) : value;
    }

    /** The value to store of what the method's call (or stage) gave: without its {@code Optional}. */
    Object unwrap(Object result) {
        return optional && result != null ? ((Optional<?>) result).orElse(null) : result;
    }

    private static boolean httpMethod(Annotation annotation) {
        return annotation.annotationType().isAnnotationPresent(HttpMethod.class);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : Object.class;
    }

    private static Type argument(Type type) {
        return type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
    }

    /** {@code com.acme.Catalogue#products(String)}, for messages. */
    static String describe(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", "))
                + ")";
    }
}
