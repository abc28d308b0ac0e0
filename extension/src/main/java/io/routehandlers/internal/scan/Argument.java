package io.routehandlers.internal.scan;

import java.lang.invoke.MethodHandle;

/** What a handler parameter receives, decided at deployment. */
public sealed interface Argument {

    /** The {@code RouteRequest}. */
    record Request() implements Argument {}

    /** The {@code HeaderStore}. */
    record Headers() implements Argument {}

    /** The request's {@code CookieStore}. */
    record Cookies() implements Argument {}

    /** A {@code @Param}: the param at {@code index} in path order. */
    record PathParam(int index) implements Argument {}

    /**
     * A {@code RouteContext<P>}: untyped when {@code constructor} is {@code null}, else the record's
     * canonical constructor and, for each component, the index of its param in path order.
     */
    record Context(MethodHandle constructor, int[] paramIndexes) implements Argument {}
}
