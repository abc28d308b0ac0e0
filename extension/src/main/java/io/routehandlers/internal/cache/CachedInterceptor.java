package io.routehandlers.internal.cache;

import io.routehandlers.Cached;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * The interceptor of {@link Cached} methods: hands each call to {@link CachedMethods}. Its priority puts it after the
 * platform's interceptors (security, transactions begun before it), so a caller that may not call the method gets no
 * cached value either, and before the application's, which run only when the method does.
 */
@Cached
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class CachedInterceptor {

    @Inject
    CachedMethods methods;

    @AroundInvoke
    Object call(InvocationContext call) throws Exception {
        return methods.call(call);
    }
}
