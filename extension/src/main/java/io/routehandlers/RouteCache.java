package io.routehandlers;

/**
 * On-demand revalidation of cached answers (Next.js {@code revalidatePath} and {@code revalidateTag}).
 * Inject it anywhere: {@code @Inject RouteCache cache;}. The next request for a revalidated answer renders
 * it again ({@code X-Route-Cache: REVALIDATED}); answers are not rendered eagerly.
 *
 * <pre>
 * &#64;POST
 * public RouteResponse publish(RouteRequest request) {
 *     ...
 *     cache.revalidateTag("items");
 *     return RouteResponse.status(204);
 * }
 * </pre>
 */
public interface RouteCache {

    /**
     * Revalidates one URL, such as {@code /items/a}, or every answer of a route when given its path as
     * declared, such as {@code /items/[slug]}. A path no cached route answers is ignored.
     *
     * @param path a URL path below the context root, or a route's declared path
     */
    void revalidatePath(String path);

    /**
     * Revalidates every answer of the routes carrying a tag ({@link RouteConfig#tags()} or
     * {@code routehandlers.route.<path>.tags}).
     *
     * @param tag the tag
     */
    void revalidateTag(String tag);
}
