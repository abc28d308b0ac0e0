package io.routehandlers.internal.direct;

import io.routehandlers.internal.cache.Prerender;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.exchange.RouteClock;
import io.routehandlers.internal.pipeline.RoutePipeline;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * The in-process adapter: sends {@link DirectRequest}s through the route pipeline of a running CDI container (Weld
 * SE in tests), each in a request context of its own, as the servlet filter does for HTTP requests. Background work
 * (regenerating a stale cached answer) is queued and run after the request's answer, on the caller's thread, so
 * that tests are deterministic; time is the container's {@link RouteClock}, which a test may replace.
 */
public final class DirectRoutes {

    /** How long a request waits for its call to end after its answer: far more than it takes. */
    private static final long SETTLE_MILLIS = 5_000;

    private final Instance<Object> beans;
    private final Queue<Runnable> background = new ArrayDeque<>();

    /**
     * The in-process adapter of a container's routes; {@link #start()} begins serving them.
     *
     * @param beans the container's beans, such as a Weld SE container
     */
    public DirectRoutes(Instance<Object> beans) {
        this.beans = beans;
        Executor queue = task -> {
            synchronized (background) {
                background.add(task);
            }
        };
        beans.select(BackgroundExecutor.class).get().use(queue);
    }

    /**
     * Prerenders the cached routes, as a server does when the application starts; a route that fails its prerender
     * throws the deployment's message (RH-036, RH-037).
     *
     * @return this adapter
     */
    public DirectRoutes start() {
        beans.select(Prerender.class).get().prerender("");
        return this;
    }

    /** Uses a clock for the cache and cookies from now on. */
    public void clock(Clock clock) {
        beans.select(RouteClock.class).get().use(clock);
    }

    /** Sends a request through the pipeline and returns its answer, then runs the background work it started. */
    public DirectResponse send(DirectRequest request) {
        DirectExchange exchange = new DirectExchange(request);
        RequestContextController context =
                beans.select(RequestContextController.class).get();
        context.activate();
        try {
            if (!beans.select(RoutePipeline.class).get().handle(exchange)) {
                exchange.notRouted();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            context.deactivate();
        }
        DirectResponse response = exchange.await();
        if (response.socket().isPresent()) {
            runBackground(); // a socket's call lasts until it closes
            return response;
        }
        try {
            // A suspended call ends (its after() tasks handed over) just after its answer: wait for that too.
            beans.select(BackgroundExecutor.class).get().awaitIdle(SETTLE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        runBackground();
        return response;
    }

    private void runBackground() {
        while (true) {
            Runnable task;
            synchronized (background) {
                task = background.poll();
            }
            if (task == null) {
                return;
            }
            task.run();
        }
    }
}
