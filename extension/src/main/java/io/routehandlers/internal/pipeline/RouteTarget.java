package io.routehandlers.internal.pipeline;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

/**
 * The CDI bean behind a route class. A normal-scoped route's client proxy is looked up once; a
 * {@code @Dependent} route gets a new instance per request, destroyed when the request's answer is ready.
 */
final class RouteTarget {

    private final BeanManager beanManager;
    private final Bean<?> bean;
    private final Class<?> type;
    private final Object shared;

    RouteTarget(BeanManager beanManager, Class<?> type) {
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
    Instance acquire() {
        if (shared != null) {
            return new Instance(shared, null);
        }
        CreationalContext<?> context = beanManager.createCreationalContext(bean);
        return new Instance(beanManager.getReference(bean, type, context), context);
    }

    /** An acquired instance; {@link #destroy()} destroys a dependent one, once its call no longer uses it. */
    record Instance(Object object, CreationalContext<?> context) {
        void destroy() {
            if (context != null) {
                context.release();
            }
        }
    }
}
