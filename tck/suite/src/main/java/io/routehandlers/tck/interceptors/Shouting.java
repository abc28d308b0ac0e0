package io.routehandlers.tck.interceptors;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

/** The interceptor of {@link Shouted}: a text answer, or a stage's, in capitals. */
@Shouted
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class Shouting {

    @AroundInvoke
    Object shout(InvocationContext context) throws Exception {
        Object result = context.proceed();
        if (result instanceof String text) {
            return text.toUpperCase(Locale.ROOT);
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.thenApply(value -> value.toString().toUpperCase(Locale.ROOT));
        }
        return result;
    }
}
