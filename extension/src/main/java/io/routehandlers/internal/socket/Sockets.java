package io.routehandlers.internal.socket;

import io.routehandlers.SocketListener;
import io.routehandlers.internal.config.SocketPolicy;
import io.routehandlers.internal.stream.Streams;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Makes the sockets of {@code @Socket} handlers (S-17) and knows the open ones: their idle checks run on the scheduler
 * of streams' heartbeats, their listeners' calls with a request context of their own, one sweep gives up sockets whose
 * writes wait too long for their clients, and when the application stops its open sockets are sent a close
 * ({@code 1001}).
 */
@ApplicationScoped
public class Sockets {

    @Inject
    Streams streams;

    @Inject
    Instance<RequestContextController> requestContexts;

    private final Set<SocketConnection> open = ConcurrentHashMap.newKeySet();
    private volatile ScheduledFuture<?> sweeper;
    /** Request context controllers not in use: one is used by one call at a time (it knows whether it activated). */
    private final Queue<RequestContextController> controllers = new ConcurrentLinkedQueue<>();

    /**
     * The server's side of a socket, before the upgrade.
     *
     * @param listener what the handler returned
     * @param policy the route's socket limits
     * @param route the route, for messages
     */
    public SocketConnection connection(SocketListener listener, SocketPolicy policy, String route) {
        return new SocketConnection(listener, policy, route, this);
    }

    void opened(SocketConnection socket) {
        open.add(socket);
        if (sweeper == null) {
            startSweeper();
        }
    }

    /**
     * One task for the application, every few seconds: a socket whose write on a listener's thread waits longer than
     * the send timeout for a client that reads nothing is given up, so that its place and call end (S-17.4).
     */
    private synchronized void startSweeper() {
        if (sweeper == null) {
            try {
                sweeper = scheduler().scheduleWithFixedDelay(() -> later(this::sweep), 5, 5, TimeUnit.SECONDS);
            } catch (RejectedExecutionException e) {
                // The application is stopping.
            }
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        for (SocketConnection socket : open) {
            if (socket.stuck(now)) {
                socket.giveUp("a write waited " + SocketConnection.SEND_WITHIN.toSeconds()
                        + "s for a client that reads nothing");
            }
        }
    }

    void closed(SocketConnection socket) {
        open.remove(socket);
    }

    /** The application stops: its sockets go away ({@code 1001}), their listeners told while beans still work. */
    @PreDestroy
    void stop() {
        ScheduledFuture<?> task = sweeper;
        if (task != null) {
            task.cancel(false);
        }
        controllers.clear();
        for (SocketConnection socket : List.copyOf(open)) {
            socket.closeNow(1001, "The application is stopping");
        }
    }

    ScheduledExecutorService scheduler() {
        return streams.scheduler();
    }

    /** Runs a task on the executor of stream bodies, off the scheduler's thread; where it refuses, here. */
    void later(Runnable task) {
        try {
            streams.executor().execute(task);
        } catch (RejectedExecutionException e) {
            task.run();
        }
    }

    /**
     * Runs a listener's call with a request context of its own, as a request's handler has one. The controllers are
     * kept for the next calls, one per call under way: a new one resolves the context's observers each time, which
     * cost an echo a tenth of its round trip.
     */
    void inRequestContext(Runnable call) {
        RequestContextController controller = controllers.poll();
        if (controller == null) {
            controller = requestContexts.get();
        }
        boolean activated = controller.activate();
        try {
            call.run();
        } finally {
            if (activated) {
                controller.deactivate();
            }
            controllers.offer(controller);
        }
    }
}
