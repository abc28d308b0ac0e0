package io.routehandlers;

/**
 * Application code that runs around the handlers of the routes it selects: a CDI bean class implementing this
 * interface, {@code @ApplicationScoped} or {@code @Dependent}.
 * It sees the matched route, its params and the request's head, and may answer at once, change request headers,
 * add headers to the answer, and observe every answer once it is sent.
 *
 * <pre>
 * &#64;ApplicationScoped
 * &#64;FilterPaths("/api/[...rest]")
 * &#64;Priority(100)
 * public class ApiKeys implements RouteFilter {
 *     &#64;Override
 *     public void filter(FilterContext context) {
 *         if (context.headers().get("X-Api-Key").isEmpty()) {
 *             context.abortWith(RouteResponse.status(401));
 *         }
 *         context.addResponseHeader("X-Api-Version", "3");
 *     }
 *
 *     &#64;Override
 *     public void completed(RouteOutcome outcome) {
 *         metrics.record(outcome.route(), outcome.status(), outcome.duration());
 *     }
 * }
 * </pre>
 *
 * <h2>Which routes</h2>
 * A filter with neither {@link FilterPaths} nor a {@link FilterBinding} annotation runs for every route. One with
 * {@code @FilterPaths} runs for the routes whose every URL its patterns match; one with binding annotations runs for
 * the handlers whose method or class carries all of them; one with both needs both. A pattern that matches only some
 * URLs of a route fails deployment (filters are chosen per route, once).
 *
 * <h2>Order and place</h2>
 * Filters run in {@code jakarta.annotation.Priority} order, lowest first ({@code 5000}, Jakarta REST's
 * {@code Priorities.USER}, without one), after the route's own checks (CORS preflights, the trailing-slash
 * redirect, {@code 405}, roles, the body's declared length) and before the cache and the handler, for every kind of
 * handler alike. {@link #filter} is not called for an answer one of those checks gave; {@link #completed} is told of
 * every answer of a selected route, those included. Neither runs for prerenders or background regenerations of the
 * cache, which have no client.
 */
public interface RouteFilter {

    /**
     * Called for each request of a selected route that reached the filters, on the request's thread, before the
     * cache and the handler. A filter that calls {@link FilterContext#abortWith}, or throws, answers the request:
     * later filters, the cache and the handler do not run. What it throws is answered as a handler's failure would
     * be: a {@link Navigation} answers its status, an exception mapper's answer applies, anything else is an empty
     * {@code 500}, logged.
     *
     * @param context the request and its route
     * @throws Exception answered as a handler's failure
     */
    default void filter(FilterContext context) throws Exception {}

    /**
     * Called once every answer of a selected route was handed to the server (for a stream, once it ended), with its
     * status and how long it took. It runs on whichever thread sent the answer, outside the request context: keep it
     * short. What it throws is logged and otherwise ignored. Not reported: a request whose client left before any
     * answer, and an authentication challenge the server's own mechanism writes.
     *
     * @param outcome the request's route, method, path, status and duration
     */
    default void completed(RouteOutcome outcome) {}
}
