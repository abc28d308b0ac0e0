package io.routehandlers.internal.pipeline;

import io.routehandlers.CookieStore;
import io.routehandlers.RouteContext;
import io.routehandlers.internal.scan.Argument;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * Where the value of one handler parameter comes from in a call: one kind per class, each chosen once at deployment
 * from the parameter's {@link Argument}, so a call only asks each of its sources for a value.
 */
sealed interface ArgumentSource {

    /** The value of the parameter in this call. */
    Object value(Call call) throws Throwable;

    /** The source of a parameter the scanner classified. */
    static ArgumentSource of(Argument argument, CookieStore cookies) {
        if (argument instanceof Argument.Request) {
            return new Request();
        }
        if (argument instanceof Argument.Headers) {
            return new Headers();
        }
        if (argument instanceof Argument.Cookies) {
            return new Cookies(cookies);
        }
        if (argument instanceof Argument.PathParam p) {
            return new PathParam(p.index());
        }
        Argument.Context context = (Argument.Context) argument;
        return context.constructor() == null
                ? new UntypedContext()
                : new TypedContext(context.constructor(), context.paramIndexes());
    }

    /** The {@code RouteRequest}. */
    record Request() implements ArgumentSource {
        @Override
        public Object value(Call call) {
            return call.request();
        }
    }

    /** The request's {@code HeaderStore}. */
    record Headers() implements ArgumentSource {
        @Override
        public Object value(Call call) {
            return call.request().headers();
        }
    }

    /** The {@code CookieStore}: the request-scoped bean, which reads and writes the current call's cookies. */
    record Cookies(CookieStore store) implements ArgumentSource {
        @Override
        public Object value(Call call) {
            return store;
        }
    }

    /** A {@code @Param}: the param at its index in path order. */
    record PathParam(int index) implements ArgumentSource {
        @Override
        public Object value(Call call) {
            return call.params().get(index);
        }
    }

    /** A {@code RouteContext} without a record: the params by name. */
    record UntypedContext() implements ArgumentSource {
        @Override
        public Object value(Call call) {
            MatchedParams params = new MatchedParams(call.definition().path().paramNames(), call.params());
            return (RouteContext<Object>) () -> params;
        }
    }

    /** A {@code RouteContext<P>} of a record: its canonical constructor called with the params it names. */
    record TypedContext(MethodHandle constructor, int[] paramIndexes) implements ArgumentSource {
        @Override
        public Object value(Call call) throws Throwable {
            List<Object> params = call.params();
            Object[] components = new Object[paramIndexes.length];
            for (int i = 0; i < components.length; i++) {
                components[i] = params.get(paramIndexes[i]);
            }
            Object value = constructor.invokeWithArguments(components);
            return (RouteContext<Object>) () -> value;
        }
    }
}
