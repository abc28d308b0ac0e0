package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.log.RuntimeMessages;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.spi.CreationalContext;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON-B that routes read and write JSON with (S-15.6): the application's, as its Jakarta REST resources get it,
 * so one API answers in one JSON dialect. For each type, the first non-null answer of the application's
 * {@code ContextResolver<Jsonb>} beans in {@code @Priority} order (then by class name; asked once per type, the answer
 * kept), else its {@code Jsonb} bean, else a default one. The extension's own formats (problem details) use the
 * default one whatever the application's settings.
 */
public final class JsonBinding {

    private static final Type RESOLVER = new TypeLiteral<ContextResolver<Jsonb>>() {}.getType();

    /** A resolver bean, its reference and the context that releases a dependent one. */
    private record Resolver(Class<?> type, ContextResolver<Jsonb> reference, CreationalContext<?> context) {}

    private final Jsonb fixed = JsonbBuilder.create();
    private final List<Resolver> resolvers;
    private final Optional<Jsonb> bean;
    private final List<CreationalContext<?>> contexts;
    private final Map<Class<?>, Jsonb> byType = new ConcurrentHashMap<>();

    private JsonBinding(List<Resolver> resolvers, Optional<Jsonb> bean, List<CreationalContext<?>> contexts) {
        this.resolvers = resolvers;
        this.bean = bean;
        this.contexts = contexts;
    }

    /** The binding of the application whose beans these are. */
    @SuppressWarnings("unchecked")
    public static JsonBinding of(BeanManager beans) {
        List<Bean<?>> found = new ArrayList<>(beans.getBeans(RESOLVER, Any.Literal.INSTANCE));
        found.sort(Comparator.comparingInt(JsonBinding::priority)
                .thenComparing(bean -> bean.getBeanClass().getName()));
        List<Resolver> resolvers = new ArrayList<>();
        List<CreationalContext<?>> contexts = new ArrayList<>();
        for (Bean<?> bean : found) {
            CreationalContext<?> context = beans.createCreationalContext(bean);
            contexts.add(context);
            resolvers.add(new Resolver(
                    bean.getBeanClass(),
                    (ContextResolver<Jsonb>) beans.getReference(bean, RESOLVER, context),
                    context));
        }
        Optional<Jsonb> jsonb = Optional.empty();
        try {
            Bean<?> bean = beans.resolve(beans.getBeans(Jsonb.class));
            if (bean != null) {
                CreationalContext<?> context = beans.createCreationalContext(bean);
                contexts.add(context);
                jsonb = Optional.of((Jsonb) beans.getReference(bean, Jsonb.class, context));
            }
        } catch (AmbiguousResolutionException e) {
            RuntimeMessages.ambiguousJsonb(e.getMessage());
        }
        return new JsonBinding(List.copyOf(resolvers), jsonb, contexts);
    }

    private static int priority(Bean<?> bean) {
        Priority priority = bean.getBeanClass().getAnnotation(Priority.class);
        return priority == null ? 5000 : priority.value();
    }

    /** The JSON-B of values of a type. */
    public Jsonb of(Class<?> type) {
        if (resolvers.isEmpty()) {
            return bean.orElse(fixed);
        }
        Jsonb known = byType.get(type);
        if (known != null) {
            return known;
        }
        for (Resolver resolver : resolvers) {
            try {
                Jsonb jsonb = resolver.reference().getContext(type);
                if (jsonb != null) {
                    byType.put(type, jsonb);
                    return jsonb;
                }
            } catch (RuntimeException e) {
                // Not kept: the next call asks again.
                RuntimeMessages.jsonbResolverFailed(resolver.type().getName(), type.getName(), e);
                return bean.orElse(fixed);
            }
        }
        Jsonb fallback = bean.orElse(fixed);
        byType.put(type, fallback);
        return fallback;
    }

    /**
     * A value as one line of JSON, for JSON lines (S-11.1): written with the type's JSON-B, its formatting's line
     * breaks taken out (JSON holds none inside its strings, which escape them).
     */
    String line(Object value) {
        String json = of(value.getClass()).toJson(value);
        return json.indexOf('\n') < 0 && json.indexOf('\r') < 0
                ? json
                : json.replace("\r", "").replace("\n", "");
    }

    /** The extension's own JSON-B, for its fixed formats. */
    Jsonb fixed() {
        return fixed;
    }

    /**
     * Closes the extension's own JSON-B and releases the application's dependent resolvers; the application's JSON-B
     * instances are the application's to close.
     */
    public void close() throws Exception {
        contexts.forEach(CreationalContext::release);
        fixed.close();
    }
}
