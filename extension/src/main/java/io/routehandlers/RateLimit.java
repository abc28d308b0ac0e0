package io.routehandlers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * Limits how many requests a route's handlers answer per window of time (S-16.2): on a {@link Route} class, one count
 * shared by every handler of the class; on a handler, that handler's own. Each client (by default) gets the limit,
 * counted from its first request of a window; further requests of the window are answered {@code 429 Too Many
 * Requests} with {@code Retry-After}, and the handler is not called nor the body read. Every answer of a limited
 * handler tells what is left in the {@code RateLimit} and {@code RateLimit-Policy} headers.
 *
 * <pre>
 * &#64;Route("/search")
 * &#64;RateLimit(30)                                          // 30 a minute per client
 * public class SearchRoute {
 *
 *     &#64;POST
 *     &#64;RateLimit(value = 5, window = 10, windowUnit = ChronoUnit.MINUTES, per = RateLimit.Per.USER)
 *     public RouteResponse save(RouteRequest request) { ... }
 * }
 * </pre>
 *
 * Configuration wins: {@code routehandlers.route./search.rate-limit=60/1m} (or {@code none}) replaces the annotations
 * of the route's class and handlers, {@code routehandlers.route./search.rate-limit.per=user} the key. The client is
 * the connection's peer, or where the application trusts proxies ({@code routehandlers.trusted-proxies}), the address
 * they forwarded (S-16.1). With the JCache store on, the count is shared by every server of the cluster (S-16.4).
 * A {@link RouteFilter} limits by a key of its own with {@link FilterContext#rateLimit}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimit {

    /**
     * How many requests a window allows.
     *
     * @return a positive number
     */
    long value();

    /**
     * How long a window is, in {@link #windowUnit()}s: from one second to one day.
     *
     * @return the window's length, {@code 1} by default
     */
    long window() default 1;

    /**
     * The unit of {@link #window()}.
     *
     * @return the unit, {@link ChronoUnit#MINUTES} by default
     */
    ChronoUnit windowUnit() default ChronoUnit.MINUTES;

    /**
     * Whose requests are counted together.
     *
     * @return {@link Per#CLIENT} by default
     */
    Per per() default Per.CLIENT;

    /** Whose requests one count holds. */
    enum Per {
        /** Each client address (an IPv6 client by its {@code /64} network, which one subscriber usually holds). */
        CLIENT,
        /** Each authenticated user, by name; requests without a user count per client address. */
        USER,
        /** Every request: one count for all callers. */
        GLOBAL
    }
}
