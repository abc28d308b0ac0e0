package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.log.RuntimeMessages;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-B that routes read and write JSON with (S-15.6): the application's, as its Jakarta REST resources get it,
 * so one API answers in one JSON dialect. For each type, the first answer of the application's
 * {@code ContextResolver<Jsonb>} beans (looked up once per type and kept), else its {@code Jsonb} bean, else a
 * default one. The extension's own formats (problem details) use the default one whatever the application's
 * settings.
 */
public final class JsonBinding {

    private static final Type RESOLVER = new TypeLiteral<ContextResolver<Jsonb>>() {}.getType();

    private final Jsonb fixed = JsonbBuilder.create();
    private final List<ContextResolver<Jsonb>> resolvers;
    private final Optional<Jsonb> bean;
    private final Map<Class<?>, Jsonb> byType = new ConcurrentHashMap<>();

    private JsonBinding(List<ContextResolver<Jsonb>> resolvers, Optional<Jsonb> bean) {
        this.resolvers = resolvers;
        this.bean = bean;
    }

    /** The binding of the application whose beans these are. */
    @SuppressWarnings("unchecked")
    public static JsonBinding of(BeanManager beans) {
        List<ContextResolver<Jsonb>> resolvers = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(RESOLVER, Any.Literal.INSTANCE)) {
            resolvers.add(
                    (ContextResolver<Jsonb>) beans.getReference(bean, RESOLVER, beans.createCreationalContext(bean)));
        }
        Optional<Jsonb> jsonb = Optional.empty();
        try {
            Bean<?> bean = beans.resolve(beans.getBeans(Jsonb.class));
            if (bean != null) {
                jsonb = Optional.of((Jsonb) beans.getReference(bean, Jsonb.class, beans.createCreationalContext(bean)));
            }
        } catch (AmbiguousResolutionException e) {
            RuntimeMessages.ambiguousJsonb(e.getMessage());
        }
        return new JsonBinding(List.copyOf(resolvers), jsonb);
    }

    /** The JSON-B of values of a type. */
    public Jsonb of(Class<?> type) {
        if (resolvers.isEmpty()) {
            return bean.orElse(fixed);
        }
        return byType.computeIfAbsent(type, this::resolve);
    }

    private Jsonb resolve(Class<?> type) {
        for (ContextResolver<Jsonb> resolver : resolvers) {
            try {
                Jsonb jsonb = resolver.getContext(type);
                if (jsonb != null) {
                    return jsonb;
                }
            } catch (RuntimeException e) {
                RuntimeMessages.jsonbResolverFailed(resolver.getClass().getName(), type.getName(), e);
            }
        }
        return bean.orElse(fixed);
    }

    /** The extension's own JSON-B, for its fixed formats. */
    Jsonb fixed() {
        return fixed;
    }

    /** Closes the extension's own JSON-B; the application's are the application's to close. */
    public void close() throws Exception {
        fixed.close();
    }
}
