package io.routehandlers;

/**
 * Maps an exception a handler (or a {@link RouteFilter}) throws, or a handler's failed {@code CompletionStage}
 * completes with, to the answer the client gets: a CDI bean implementing this interface for one exception type.
 *
 * <pre>
 * &#64;ApplicationScoped
 * public class OutOfStockMapper implements RouteExceptionMapper&lt;OutOfStockException&gt; {
 *     &#64;Override
 *     public RouteResponse toResponse(OutOfStockException e) {
 *         return RouteResponse.json(Map.of("sku", e.sku(), "available", e.available()), 409);
 *     }
 * }
 * </pre>
 *
 * <p>The mapper of the most specific type wins: for an exception of class {@code C}, the mapper of {@code C}, else
 * of its superclass, and so on up to {@code Throwable}; two mappers of one type are told apart by
 * {@code jakarta.annotation.Priority} (lowest wins), and fail deployment when they have the same priority. Where
 * no route mapper matches, the application's Jakarta REST {@code ExceptionMapper}s that are CDI beans apply the
 * same way (one with {@code @Context} members is left out, with a warning at deployment: routes are not Jakarta
 * REST requests). Mappers never see what the extension answers itself: a {@link NavigationException}, a
 * {@link BadRequestException} or {@link BodyTooLargeException} anywhere in the cause chain, a Jakarta REST
 * {@code WebApplicationException}, or a validation failure; so {@code Navigation.notFound()}, {@code 400} and
 * {@code 413} keep working under a mapper of {@code Exception}. A mapper that throws, or returns {@code null},
 * answers an empty {@code 500}, logged.
 *
 * @param <E> the exception type it maps
 */
public interface RouteExceptionMapper<E extends Throwable> {

    /**
     * The answer to an exception. It is written as a handler's {@link RouteResponse} would be, with the cookies
     * the request set through {@link CookieStore}.
     *
     * @param exception the exception, unwrapped from {@code CompletionException}s and {@code ExecutionException}s
     * @return the answer, never {@code null}
     */
    RouteResponse toResponse(E exception);
}
