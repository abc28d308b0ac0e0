package io.routehandlers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.temporal.ChronoUnit;

/**
 * Limits how many requests of a route's handlers are in flight at once on this server (S-16.3): on a {@link Route}
 * class, one limit shared by every handler of the class; on a handler, that handler's own. A request is in flight
 * from its handler's choice until its answer was sent (a stream's until it ended). Over the limit a request is
 * answered {@code 503 Service Unavailable} with {@code Retry-After: 1} at once, or, with a {@link #queue()}, waits up
 * to {@link #maxWait()} for a place.
 *
 * <pre>
 * &#64;Route("/reports/[id]")
 * &#64;ConcurrencyLimit(value = 4, queue = 20, maxWait = 2, maxWaitUnit = ChronoUnit.SECONDS)
 * public class ReportRoute { ... }
 * </pre>
 *
 * On a {@link Socket} method it counts the route's open sockets, which a class-wide limit and the route's
 * {@code concurrency-limit} key leave out (S-17.4). Configuration wins:
 * {@code routehandlers.route./reports/[id].concurrency-limit=8} (or {@code none}),
 * {@code .concurrency-limit.queue=0} and {@code .concurrency-limit.max-wait=500ms}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ConcurrencyLimit {

    /**
     * How many requests may be in flight at once.
     *
     * @return a positive number
     */
    int value();

    /**
     * How many requests may wait for a place; none by default, and a request over the limit is refused at once.
     *
     * @return {@code 0} or a positive number
     */
    int queue() default 0;

    /**
     * How long a queued request waits at most, in {@link #maxWaitUnit()}s, before it is refused.
     *
     * @return a positive duration, {@code 1} by default
     */
    long maxWait() default 1;

    /**
     * The unit of {@link #maxWait()}.
     *
     * @return the unit, {@link ChronoUnit#SECONDS} by default
     */
    ChronoUnit maxWaitUnit() default ChronoUnit.SECONDS;
}
