package io.routehandlers;

/**
 * A stream of Server-Sent Events (S-11.2), the body of {@link RouteResponse#events(Body)}:
 *
 * <pre>
 * &#64;GET
 * public RouteResponse get() {
 *     return RouteResponse.events(events -&gt; {
 *         while (events.isOpen()) {
 *             events.send(SseEvent.data(Instant.now().toString()).event("tick"));
 *             Thread.sleep(1000);
 *         }
 *     });
 * }
 * </pre>
 *
 * <p>Each event is sent to the client at once. A comment line keeps the connection open through proxies while no
 * event is sent ({@code routehandlers.sse.heartbeat}). Once the client has gone away, sends are dropped without an
 * exception, {@link #isOpen()} is {@code false} and the {@link #onClose} callbacks have run (S-11.3). For a stream
 * that holds no thread while it waits, return a {@code Flow.Publisher<SseEvent>} from the handler instead.
 */
public interface EventStream {

    /**
     * Sends an event, or a comment, to the client now.
     *
     * @param event the event; must not be {@code null}
     */
    void send(SseEvent event);

    /**
     * Whether the client is still there and the stream has not ended.
     *
     * @return {@code false} once the client went away or the stream ended
     */
    boolean isOpen();

    /**
     * Runs a callback once when the stream closes: the client went away (noticed within a second of the next event
     * or heartbeat, S-11.3), the body returned, or it failed. A callback added after the stream closed runs at once.
     *
     * @param callback the callback; an exception it throws is logged and ignored
     */
    void onClose(Runnable callback);

    /** Sends the events of {@link RouteResponse#events(Body)}. */
    @FunctionalInterface
    interface Body {

        /**
         * Sends the events; the stream ends when this returns. It runs on the server's managed executor, not on the
         * request's thread. An exception ends the stream and is logged with the route (S-11.4).
         *
         * @param events where to send
         * @throws Exception any failure, logged with the route
         */
        void writeTo(EventStream events) throws Exception;
    }
}
