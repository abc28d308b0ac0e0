package io.routehandlers.internal.pipeline;

import io.routehandlers.RouteExceptionMapper;
import io.routehandlers.internal.scan.ExceptionMappers;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The application's exception mappers at run time (S-15.4): which one maps an exception ({@link ExceptionMappers},
 * decided at deployment), and a contextual reference of each, taken once, when it first maps.
 */
final class ExceptionMapping {

    /** What a mapper answered: a {@code RouteResponse} or a Jakarta REST {@code Response}, or {@code null}. */
    record Mapped(String mapper, Object response) {}

    private final ExceptionMappers mappers;
    private final BeanManager beans;
    private final ConcurrentMap<Class<?>, Object> references = new ConcurrentHashMap<>();

    ExceptionMapping(ExceptionMappers mappers, BeanManager beans) {
        this.mappers = mappers;
        this.beans = beans;
    }

    /** Whether a mapper maps this exception. */
    boolean maps(Throwable failure) {
        return !mappers.isEmpty() && mappers.of(failure.getClass()).isPresent();
    }

    /** The class name of the mapper of an exception, for messages. */
    String name(Throwable failure) {
        return mappers.of(failure.getClass()).map(m -> m.beanClass().getName()).orElse("none");
    }

    /**
     * Maps an exception.
     *
     * @return what the mapper answered, empty when no mapper maps it
     * @throws RuntimeException what the mapper threw
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<Mapped> map(Throwable failure) {
        if (mappers.isEmpty()) {
            return Optional.empty();
        }
        Optional<ExceptionMappers.Mapper> found = mappers.of(failure.getClass());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ExceptionMappers.Mapper mapper = found.get();
        Object reference = references.computeIfAbsent(mapper.beanClass(), type -> reference(mapper));
        Object response = mapper.kind() == ExceptionMappers.Kind.ROUTE
                ? ((RouteExceptionMapper) reference).toResponse(failure)
                : ((ExceptionMapper) reference).toResponse(failure);
        return Optional.of(new Mapped(mapper.beanClass().getName(), response));
    }

    private Object reference(ExceptionMappers.Mapper mapper) {
        Bean<?> bean = beans.getBeans(mapper.type(), Any.Literal.INSTANCE).stream()
                .filter(b -> b.getBeanClass() == mapper.beanClass())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No bean of " + mapper.beanClass()));
        return beans.getReference(bean, mapper.type(), beans.createCreationalContext(bean));
    }
}
