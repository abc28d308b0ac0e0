package io.routehandlers.internal.scan;

import io.routehandlers.RouteExceptionMapper;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteMessages;
import jakarta.annotation.Priority;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The application's exception mappers (S-15.4), decided at deployment: its {@link RouteExceptionMapper} beans and,
 * after them, its Jakarta REST {@code ExceptionMapper} beans without {@code @Context} members, each with the exception
 * type it maps. At most one mapper of each kind per exception type.
 */
public final class ExceptionMappers {

    private static final String REST_MAPPER = "jakarta.ws.rs.ext.ExceptionMapper";
    private static final String CONTEXT = "jakarta.ws.rs.core.Context";

    /** Which interface a mapper implements. */
    public enum Kind {
        /** {@link RouteExceptionMapper}: answers a {@code RouteResponse}. */
        ROUTE,
        /** Jakarta REST's {@code ExceptionMapper}: answers a {@code Response}. */
        REST
    }

    /**
     * A mapper the routes use.
     *
     * @param beanClass its bean class
     * @param type its bean type of the mapper interface, such as {@code RouteExceptionMapper<OutOfStock>}
     * @param exception the exception type it maps
     * @param kind the interface it implements
     */
    public record Mapper(Class<?> beanClass, Type type, Class<? extends Throwable> exception, Kind kind) {}

    private final Map<Class<?>, Mapper> route;
    private final Map<Class<?>, Mapper> rest;

    private ExceptionMappers(Map<Class<?>, Mapper> route, Map<Class<?>, Mapper> rest) {
        this.route = route;
        this.rest = rest;
    }

    /** No mappers. */
    public static ExceptionMappers none() {
        return new ExceptionMappers(Map.of(), Map.of());
    }

    /**
     * The mapper of an exception: the route mapper of its class or nearest superclass, else the Jakarta REST one.
     */
    public Optional<Mapper> of(Class<?> exception) {
        for (Map<Class<?>, Mapper> mappers : List.of(route, rest)) {
            for (Class<?> type = exception; type != null; type = type.getSuperclass()) {
                Mapper mapper = mappers.get(type);
                if (mapper != null) {
                    return Optional.of(mapper);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the application has any mapper. */
    public boolean isEmpty() {
        return route.isEmpty() && rest.isEmpty();
    }

    /**
     * Whether a bean's types make it a mapper of either kind.
     *
     * @param types the bean's types
     */
    public static boolean isMapper(Set<Type> types) {
        return types.stream().anyMatch(type -> mapperInterface(type).isPresent());
    }

    /**
     * Selects the mappers of the application's beans.
     *
     * @param beans each mapper bean's class and types
     * @param problems where the problems go (a mapper whose exception type is not a class, two of one type)
     * @param leftOut the Jakarta REST mappers left out, each with the member that needs Jakarta REST's
     *     {@code @Context}
     */
    public static ExceptionMappers select(
            Map<Class<?>, Set<Type>> beans, List<DeploymentProblem> problems, Map<String, String> leftOut) {
        List<Candidate> candidates = new ArrayList<>();
        beans.forEach((beanClass, types) -> {
            for (Type type : types) {
                Optional<Kind> kind = mapperInterface(type);
                if (kind.isEmpty()) {
                    continue;
                }
                Type argument = ((ParameterizedType) type).getActualTypeArguments()[0];
                if (!(argument instanceof Class<?> exception) || !Throwable.class.isAssignableFrom(exception)) {
                    problems.add(RouteMessages.mapperType(beanClass.getName(), argument.getTypeName()));
                    continue;
                }
                if (kind.get() == Kind.REST) {
                    Optional<String> member = contextMember(beanClass);
                    if (member.isPresent()) {
                        leftOut.put(beanClass.getName(), member.get());
                        continue;
                    }
                }
                Priority priority = beanClass.getAnnotation(Priority.class);
                @SuppressWarnings("unchecked")
                Class<? extends Throwable> mapped = (Class<? extends Throwable>) exception;
                candidates.add(new Candidate(
                        new Mapper(beanClass, type, mapped, kind.get()),
                        priority == null ? RouteFilters.DEFAULT_PRIORITY : priority.value()));
            }
        });
        candidates.sort(Comparator.comparingInt(Candidate::priority)
                .thenComparing(c -> c.mapper().beanClass().getName()));
        Map<Class<?>, Mapper> route = new LinkedHashMap<>();
        Map<Class<?>, Mapper> rest = new LinkedHashMap<>();
        Map<Mapper, Integer> priorities = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            Mapper mapper = candidate.mapper();
            Map<Class<?>, Mapper> byType = mapper.kind() == Kind.ROUTE ? route : rest;
            Mapper first = byType.putIfAbsent(mapper.exception(), mapper);
            // Jakarta REST itself accepts two mappers of one type and priority: routes take the first by class name.
            if (first != null && mapper.kind() == Kind.ROUTE && priorities.get(first) == candidate.priority()) {
                problems.add(RouteMessages.twoMappers(
                        mapper.exception().getName(),
                        candidate.priority(),
                        first.beanClass().getName(),
                        mapper.beanClass().getName()));
            }
            priorities.putIfAbsent(mapper, candidate.priority());
        }
        return new ExceptionMappers(Map.copyOf(route), Map.copyOf(rest));
    }

    private record Candidate(Mapper mapper, int priority) {}

    private static Optional<Kind> mapperInterface(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            if (raw == RouteExceptionMapper.class) {
                return Optional.of(Kind.ROUTE);
            }
            if (raw.getName().equals(REST_MAPPER)) {
                return Optional.of(Kind.REST);
            }
        }
        return Optional.empty();
    }

    /** The first member of a class or its superclasses that Jakarta REST would inject with {@code @Context}. */
    private static Optional<String> contextMember(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (hasContext(field)) {
                    return Optional.of(c.getName() + "#" + field.getName());
                }
            }
            for (Method method : c.getDeclaredMethods()) {
                if (hasContext(method) || anyParameterHasContext(method.getParameterAnnotations())) {
                    return Optional.of(c.getName() + "#" + method.getName() + "()");
                }
            }
            for (Constructor<?> constructor : c.getDeclaredConstructors()) {
                if (anyParameterHasContext(constructor.getParameterAnnotations())) {
                    return Optional.of(c.getName() + " (constructor)");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasContext(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (annotation.annotationType().getName().equals(CONTEXT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyParameterHasContext(Annotation[][] parameters) {
        for (Annotation[] annotations : parameters) {
            for (Annotation annotation : annotations) {
                if (annotation.annotationType().getName().equals(CONTEXT)) {
                    return true;
                }
            }
        }
        return false;
    }
}
