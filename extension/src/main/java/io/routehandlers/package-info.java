/**
 * The public API of routehandlers: what an application types. {@link io.routehandlers.Route} declares a
 * handler class; {@link io.routehandlers.RouteRequest}, {@link io.routehandlers.RouteContext},
 * {@link io.routehandlers.RouteResponse} and {@link io.routehandlers.Navigation} are what handlers read
 * and return. Metadata routes return the values of {@code io.routehandlers.metadata}. Everything outside
 * these packages and {@code io.routehandlers.spi} is internal.
 */
package io.routehandlers;
