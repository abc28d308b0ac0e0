package io.routehandlers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The route segment config of a {@link Route} class: Next.js's {@code dynamic}, {@code revalidate},
 * {@code dynamicParams} and cache tags. Without it a route is not cached.
 *
 * <pre>
 * &#64;Route("/items/[slug]")
 * &#64;RouteConfig(revalidate = 60, tags = "items")   // cached; regenerated in the background after 60 s
 * public class ItemRoute { ... }
 *
 * &#64;Route("/build-info")
 * &#64;RouteConfig(dynamic = Dynamic.FORCE_STATIC)   // rendered once at startup, served forever
 * public class BuildInfoRoute { ... }
 * </pre>
 *
 * <h2>Configuration wins</h2>
 * Every value can be changed per environment without recompiling, through MicroProfile Config (system
 * properties, environment variables, {@code META-INF/microprofile-config.properties}):
 * {@code routehandlers.route./items/[slug].revalidate=10} (the route's path as declared in
 * {@code @Route}), {@code .dynamic}, {@code .dynamic-params}, {@code .life} and {@code .tags}; and the defaults of every route
 * {@code routehandlers.dynamic} and {@code routehandlers.revalidate}. An invalid value, or a key naming no
 * route, fails deployment.
 *
 * <h2>What is cached</h2>
 * Only {@code GET} answers (and {@code HEAD} served from them), when {@code dynamic} is
 * {@link Dynamic#FORCE_STATIC} or {@link Dynamic#ERROR}, or {@code revalidate} is set to {@link #FOREVER}
 * or a positive number of seconds, or the class has a {@link StaticParams} method. {@link Dynamic#FORCE_DYNAMIC}
 * or {@code revalidate = 0} never caches. Other methods of the class are never cached.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RouteConfig {

    /** {@code revalidate} not set here: the configured default applies (Next.js: no export). */
    int UNSET = Integer.MIN_VALUE;

    /** {@code revalidate = FOREVER}: cache until redeployed or revalidated on demand (Next.js {@code false}). */
    int FOREVER = -1;

    /**
     * How request data may be used; see {@link Dynamic}.
     *
     * @return the mode, {@link Dynamic#AUTO} by default
     */
    Dynamic dynamic() default Dynamic.AUTO;

    /**
     * How long a cached answer is fresh, in seconds: {@link #FOREVER}, {@code 0} (never cache) or a positive
     * number. After that the stale answer is served once more while one regeneration runs in the background.
     *
     * @return the seconds, {@link #FOREVER}, or {@link #UNSET}
     */
    int revalidate() default UNSET;

    /**
     * Whether params a {@link StaticParams} method did not list are rendered on first request ({@code true})
     * or answered {@code 404} ({@code false}).
     *
     * @return {@code true} by default
     */
    boolean dynamicParams() default true;

    /**
     * Whether the answers of the route's {@code GET}, {@code HEAD} and {@code QUERY} get a strong {@code ETag} from
     * their bytes, and a request whose {@code If-None-Match} names it {@code 304 Not Modified} (S-18.5), when the route
     * is not cached (cached answers always have one). Streamed answers get none. {@code routehandlers.etag} turns it
     * on for every route, {@code routehandlers.route.<path>.etag} for one, either way.
     *
     * @return {@code false} by default
     */
    boolean etag() default false;

    /**
     * The cache life profile of the route's answers (Next.js {@code cacheLife}), instead of {@link #revalidate()}: one
     * of Next.js's {@code seconds}, {@code minutes}, {@code hours}, {@code days}, {@code weeks}, {@code max} and
     * {@code default}, or one configured as {@code routehandlers.cache.life.<name>.stale|revalidate|expire}. The
     * profile's {@code revalidate} time is when answers go stale, its {@code expire} time when they are no longer
     * served stale, and its {@code stale} time the {@code max-age} browsers get. Naming a profile caches the route;
     * naming both a profile and {@code revalidate}, or a profile that does not exist, fails deployment.
     *
     * <pre>
     * &#64;Route("/catalogue")
     * &#64;RouteConfig(life = "hours", tags = "products")
     * public class CatalogueRoute { ... }
     * </pre>
     *
     * @return the profile's name, none by default
     */
    String life() default "";

    /**
     * Cache tags of the route's answers, for {@link RouteCache#revalidateTag(String)}.
     *
     * @return the tags, none by default
     */
    String[] tags() default {};
}
