package io.routehandlers;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caches what a CDI bean method returns (Next.js {@code 'use cache'}), in the same store as the answers of cached
 * routes, so that a cluster sharing the store computes a value once (S-8.13).
 *
 * <pre>
 * &#64;ApplicationScoped
 * public class Catalogue {
 *     &#64;Cached(tags = "products", life = "hours")
 *     public List&lt;Product&gt; products(String category) { ... }   // read from the database once an hour
 * }
 *
 * &#64;Route("/shop/[category]")
 * public class ShopRoute {
 *     &#64;Inject Catalogue catalogue;
 *
 *     &#64;GET
 *     public Shop get(&#64;Param("category") String category, &#64;CookieValue("cart") String cart) {
 *         return new Shop(catalogue.products(category), cart);   // the catalogue cached, the cart per user
 *     }
 * }
 * </pre>
 *
 * <h2>Keys and values</h2>
 * The key is the method and its arguments: strings, numbers, booleans, enums, records of those and lists of them (a
 * record is read through its accessors: one that an application overrides to change what it returns changes the key
 * too). The
 * value is stored as JSON, written and read with the extension's own JSON-B configuration (the application's does not
 * change what is stored), under a key that includes a digest of the return type's shape, so that a deploy that changes
 * a record never reads values of the old one. Return types: records, lists and maps (string keys) of them, strings,
 * numbers, booleans, enums, {@code UUID}, {@code Instant}, {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime},
 * {@code OffsetDateTime} and {@code Duration}, each also as {@code Optional} or {@code CompletionStage}. A
 * method that throws (or whose stage fails) stores nothing. Deployment fails for any other parameter or return type,
 * and for {@code @Cached} on a route's handler (cache a route through {@link RouteConfig}) or on a method no
 * interceptor reaches (private, static or final, or declared by an interface). A value is shared by every caller:
 * build it from the arguments, never from one request's cookies, headers or user.
 *
 * <h2>Lifetimes and tags</h2>
 * A value is fresh for its life profile's {@code revalidate} time; after that it is returned once more while one
 * regeneration runs in the background (one in the whole cluster), and after its {@code expire} time it is computed
 * again before it is returned. {@link RouteCache#revalidateTag(String)} with one of its tags makes the next call
 * compute it again. A route render or a cached method that calls cached methods takes their tags and the shortest of
 * their lives: revalidating {@code products} also renders {@code /shop/[category]} again. Inside the method,
 * {@link RouteCache#life(String)} and {@link RouteCache#tag(String...)} choose them at run time.
 *
 * <p>Values of records and other immutable shapes are kept decoded beside the store, so a hit returns the same object
 * until the entry changes; lists and maps are read from their JSON on every hit, so a caller may change its copy.
 */
@InterceptorBinding
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Cached {

    /**
     * Cache tags of the method's values, for {@link RouteCache#revalidateTag(String)}.
     *
     * @return the tags, none by default
     */
    @Nonbinding
    String[] tags() default {};

    /**
     * The cache life profile of the method's values: {@code seconds}, {@code minutes}, {@code hours}, {@code days},
     * {@code weeks}, {@code max}, {@code default}, or one configured as
     * {@code routehandlers.cache.life.<name>.stale|revalidate|expire}. An unknown name fails deployment.
     *
     * @return the profile's name; empty for {@code default}, unless the method chooses one at run time
     */
    @Nonbinding
    String life() default "";
}
