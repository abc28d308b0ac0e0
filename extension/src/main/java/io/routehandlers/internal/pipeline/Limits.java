package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.config.ConcurrencyPolicy;
import io.routehandlers.internal.config.RateLimitPolicy;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The steps of a route's limits, after the role check and before the body is read: the rate limit ({@code 429},
 * S-16.2) and then the concurrency limit ({@code 503}, S-16.3) of the chosen handler. A refused request reaches no
 * filter, cache or handler, and nothing reads its body.
 */
final class Limits {

    private Limits() {}

    /** The rate limit step before a step; {@code next} itself when no handler of the route is limited. */
    static Step rate(RouteDefinition route, RateLimiter limiter, Step next) {
        Map<Handler, RateLimitPolicy> policies = new IdentityHashMap<>();
        route.all().forEach(handler -> {
            RateLimitPolicy policy = route.settings().rateLimits().get(handler.httpMethod());
            if (policy != null) {
                policies.put(handler, policy);
            }
        });
        if (policies.isEmpty()) {
            return next;
        }
        return request -> {
            RateLimitPolicy policy = policies.get(request.handler());
            if (policy == null) {
                next.handle(request);
                return;
            }
            RateLimiter.Decision decision = limiter.count(policy, request.exchange());
            if (!decision.allowed()) {
                request.exchange().send(decision.refusal());
                return;
            }
            request.exchange(Reshaping.adding(request.exchange(), decision.headers()));
            next.handle(request);
        };
    }

    /** The concurrency limit step before a step; {@code next} itself when no handler of the route is limited. */
    static Step concurrency(RouteDefinition route, Step next) {
        Map<String, Places> shared = new HashMap<>();
        Map<Handler, Places> places = new IdentityHashMap<>();
        route.all().forEach(handler -> {
            ConcurrencyPolicy policy = route.settings().concurrencyLimits().get(handler.httpMethod());
            if (policy != null) {
                places.put(handler, shared.computeIfAbsent(policy.name(), name -> new Places(policy)));
            }
        });
        if (places.isEmpty()) {
            return next;
        }
        return request -> {
            Places limit = places.get(request.handler());
            if (limit == null) {
                next.handle(request);
                return;
            }
            if (!limit.take()) {
                request.exchange().send(Answer.empty(503).header("Retry-After", "1"));
                return;
            }
            Held held = new Held(request.exchange(), limit);
            request.exchange(held);
            try {
                next.handle(request);
            } catch (IOException | Error e) {
                // The client left, or the server fails: nothing answers after this. A RuntimeException is answered
                // by the pipeline, through the wrapper, which gives the place back once the failure is out.
                held.abandoned();
                throw e;
            }
        };
    }

    /** The places of one concurrency limit, and its queue. */
    private static final class Places {

        private final ConcurrencyPolicy policy;
        private final Semaphore free;
        private final AtomicInteger waiting = new AtomicInteger();

        Places(ConcurrencyPolicy policy) {
            this.policy = policy;
            this.free = new Semaphore(policy.limit(), true);
        }

        /** Takes a place: at once, or after a wait in the queue; {@code false} when none was had. */
        boolean take() {
            // Not tryAcquire(): it would take a place a queued request waits for.
            try {
                if (free.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (policy.queue() == 0) {
                return false;
            }
            if (waiting.incrementAndGet() > policy.queue()) {
                waiting.decrementAndGet();
                return false;
            }
            try {
                return free.tryAcquire(policy.maxWait().toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                waiting.decrementAndGet();
            }
        }

        void give() {
            free.release();
        }
    }

    /** An exchange that gives its place back once the request ended. */
    private static final class Held extends Ending {

        private final Places places;

        Held(Exchange exchange, Places places) {
            super(exchange);
            this.places = places;
        }

        @Override
        protected void answered(int status) {
            places.give();
        }

        @Override
        protected void left() {
            places.give();
        }
    }
}
