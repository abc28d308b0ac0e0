package io.routehandlers;

/**
 * On-demand revalidation of cached answers and {@link Cached} method values (Next.js {@code revalidatePath} and
 * {@code revalidateTag}), and the life and tags of the value being computed ({@code cacheLife}, {@code cacheTag}).
 * Inject it anywhere: {@code @Inject RouteCache cache;}. The next request for a revalidated answer renders
 * it again ({@code X-Route-Cache: REVALIDATED}), and the next call of a revalidated method computes its value again;
 * neither is computed eagerly.
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
     * Revalidates every answer and cached method value carrying a tag: the route's tags ({@link RouteConfig#tags()},
     * {@code routehandlers.route.<path>.tags}), a {@link Cached} method's, and those a render inherited from the cached
     * methods it called.
     *
     * @param tag the tag
     */
    void revalidateTag(String tag);

    /**
     * Marks every answer and cached method value carrying a tag stale (Next.js 16 {@code revalidateTag(tag, profile)}):
     * the next read gets the stale value at once while one regeneration runs in the background (one in a cluster), as
     * when its own revalidate time has passed; the profile's {@code expire} time after this call, it is no longer served
     * stale. Use it where a moment of old data is fine ({@code "max"}: until a regeneration is done); use
     * {@link #updateTag(String)} where the next read must see the change.
     *
     * @param tag the tag
     * @param profile a cache life profile, such as {@code "max"}
     * @throws IllegalArgumentException when no profile has that name
     */
    void revalidateTag(String tag, String profile);

    /**
     * Expires every answer and cached method value carrying a tag now (Next.js 16 {@code updateTag}): the next read,
     * in this request or any other, on any server sharing the store, waits for a new value (read-your-own-writes
     * after a change). The same as {@link #revalidateTag(String)}.
     *
     * @param tag the tag
     */
    void updateTag(String tag);

    /**
     * Chooses the life of the value being computed (Next.js {@code cacheLife}): inside a {@link Cached} method it
     * replaces the method's profile; inside the render of a cached route it can shorten, never lengthen, what the
     * route's configuration says. Cached methods called afterwards still shorten it. Outside either it does nothing.
     *
     * <pre>
     * &#64;Cached(tags = "prices")
     * public Price price(String sku) {
     *     Price price = supplier.price(sku);
     *     cache.life(price.onSale() ? "minutes" : "days");
     *     return price;
     * }
     * </pre>
     *
     * @param profile a built-in profile ({@code seconds}, {@code minutes}, {@code hours}, {@code days}, {@code weeks},
     *     {@code max}, {@code default}) or one configured as {@code routehandlers.cache.life.<name>.*}
     * @throws IllegalArgumentException when no profile has that name
     */
    void life(String profile);

    /**
     * Adds tags to the value being computed (Next.js {@code cacheTag}): inside a {@link Cached} method, or inside the
     * render of a cached route. Outside either it does nothing.
     *
     * @param tags the tags
     */
    void tag(String... tags);
}
