package io.routehandlers.internal.pipeline;

import io.routehandlers.FilterContext;
import io.routehandlers.RouteFilter;
import io.routehandlers.RouteOutcome;
import java.util.Arrays;
import java.util.function.Predicate;

/**
 * A route filter as the chain runs it: its bean class, for messages, a contextual reference of it, and which of its
 * two methods it implements, so that a route runs only the steps its filters use.
 *
 * @param type the filter's bean class
 * @param filter the reference the chain calls
 * @param filters whether the class implements {@link RouteFilter#filter}
 * @param observes whether the class implements {@link RouteFilter#completed}
 */
record AppliedFilter(Class<?> type, RouteFilter filter, boolean filters, boolean observes) {

    /** A filter of a bean class. */
    static AppliedFilter of(Class<?> type, RouteFilter filter) {
        return new AppliedFilter(
                type,
                filter,
                implemented(type, "filter", FilterContext.class),
                implemented(type, "completed", RouteOutcome.class));
    }

    /** The filters of an array that pass a test. */
    static AppliedFilter[] only(AppliedFilter[] filters, Predicate<AppliedFilter> test) {
        return Arrays.stream(filters).filter(test).toArray(AppliedFilter[]::new);
    }

    private static boolean implemented(Class<?> type, String name, Class<?> parameter) {
        try {
            return type.getMethod(name, parameter).getDeclaringClass() != RouteFilter.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }
}
