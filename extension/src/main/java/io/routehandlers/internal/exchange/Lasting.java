package io.routehandlers.internal.exchange;

import java.util.concurrent.CompletableFuture;

/**
 * A body that lasts after its answer was sent: a stream ({@link LiveSource}) or a WebSocket ({@link SocketSource}).
 * The request's call, its {@code after()} tasks and the places of its limits are held until it ended.
 */
public interface Lasting {

    /** It will never start (a {@code HEAD} request, a failure before it started): {@link #ended()} completes. */
    void discard();

    /** Completes once it has finished, or was discarded: the call may end then ({@code CallEnd}). */
    CompletableFuture<Void> ended();
}
