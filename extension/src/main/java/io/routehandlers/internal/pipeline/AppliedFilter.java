package io.routehandlers.internal.pipeline;

import io.routehandlers.RouteFilter;

/**
 * A route filter as the chain runs it: its bean class, for messages, and a contextual reference of it.
 *
 * @param type the filter's bean class
 * @param filter the reference the chain calls
 */
record AppliedFilter(Class<?> type, RouteFilter filter) {}
