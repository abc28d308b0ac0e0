package io.routehandlers.internal.call;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The CDI bean behind a route class, for a handler's call and for the listing methods the prerender calls
 * ({@code @StaticParams}, {@code @SitemapIds}): one way to look it up. A normal-scoped route's client proxy is looked up
 * once; a {@code @Dependent} route gets a new instance per call, destroyed when the call no longer uses it.
 */
public final class RouteTarget {

    private final BeanManager beanManager;
    private final Bean<?> bean;
    private final Class<?> type;
    private final Object shared;

    /**
     * The bean of a route class.
     *
     * @param beanManager the container's
     * @param type the route class, whose own bean it is (not a subclass's)
     */
    public RouteTarget(BeanManager beanManager, Class<?> type) {
        this.beanManager = beanManager;
        this.type = type;
        this.bean = beanManager.getBeans(type).stream()
                .filter(b -> b.getBeanClass() == type)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No CDI bean for route class " + type.getName()));
        this.shared = beanManager.isNormalScope(bean.getScope())
                ? beanManager.getReference(bean, type, beanManager.createCreationalContext(bean))
                : null;
    }

    /** An instance to call, with the means to destroy it. */
    public Instance acquire() {
        if (shared != null) {
            return new Instance(shared, null);
        }
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        return new Instance(beanManager.getReference(bean, type, context), context);
    }

    /** An acquired instance; {@link #destroy()} destroys a dependent one, once its call no longer uses it. */
    public record Instance(Object object, CreationalContext<?> context) {
        /** Destroys a dependent instance; a normal-scoped one lives on. */
        public void destroy() {
            if (context != null) {
                context.release();
            }
        }
    }
}
