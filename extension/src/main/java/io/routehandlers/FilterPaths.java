package io.routehandlers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The routes a {@link RouteFilter} runs for, as patterns in {@link Route} path syntax: {@code /api/[...rest]} selects
 * every route below {@code /api}, {@code /admin/[[...all]]} those below {@code /admin} and {@code /admin} itself,
 * {@code /items/[id]} the routes of one segment below {@code /items}. A static segment of a pattern matches the same
 * static segment of a route; {@code [x]} any one segment, static or dynamic; {@code [...x]} one or more segments;
 * {@code [[...x]]} zero or more. Route groups are left out, as in URLs.
 *
 * <p>A route is selected when one of the patterns matches every URL it serves. A pattern that matches only some of the
 * URLs a route serves ({@code /api/admin/[[...all]]} and a route {@code /api/[...rest]}) fails deployment: filters
 * are chosen per route, so such a filter would silently miss some requests. URLs that a route of higher precedence
 * takes do not count ({@code /shop/guarded} beside the routes {@code /shop/guarded} and {@code /shop/[kind]}). So
 * does a pattern that is not valid route syntax fail deployment.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FilterPaths {

    /** The patterns. */
    String[] value();
}
