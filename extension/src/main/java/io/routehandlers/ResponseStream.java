package io.routehandlers;

/**
 * The body of a streamed answer, written while the answer is being sent (S-11.1), like the {@code ReadableStream} a
 * Next.js route handler returns:
 *
 * <pre>
 * &#64;GET
 * public RouteResponse get(RouteRequest request) {
 *     return RouteResponse.stream("text/plain;charset=UTF-8", out -&gt; {
 *         for (String token : model.tokens(prompt)) {
 *             out.write(token);
 *             out.flush(); // the client sees the token now
 *         }
 *     });
 * }
 * </pre>
 *
 * <p>What is written reaches the client at each {@link #flush()}, and when the body returns. A write blocks while
 * the client is slower than the body: the stream holds at most the server's response buffer, never an unbounded
 * queue. Once the client has gone away, writes are dropped without an exception, {@link #isOpen()} is
 * {@code false} and the {@link #onClose} callbacks have run (S-11.3). The stream is used by one thread at a time.
 */
public interface ResponseStream {

    /**
     * Writes text as UTF-8.
     *
     * @param text the text; must not be {@code null}
     */
    void write(String text);

    /**
     * Writes bytes.
     *
     * @param bytes the bytes; must not be {@code null}
     */
    void write(byte[] bytes);

    /** Sends what was written so far to the client now. */
    void flush();

    /**
     * Whether the client is still there and the stream has not ended.
     *
     * @return {@code false} once the client went away or the stream ended
     */
    boolean isOpen();

    /**
     * Runs a callback once when the stream closes: the client went away (noticed within a second of the next write,
     * S-11.3), the body returned, or it failed. A callback added after the stream closed runs at once. Use it to stop a producer,
     * such as a subscription to a message topic.
     *
     * @param callback the callback; an exception it throws is logged and ignored
     */
    void onClose(Runnable callback);

    /** Writes the body of {@link RouteResponse#stream(String, Body)}. */
    @FunctionalInterface
    interface Body {

        /**
         * Writes the body; the answer ends when this returns. It runs on the server's managed executor, not on the
         * request's thread, once the status and headers were sent. An exception ends the answer where it is (its
         * status can no longer change) and is logged with the route (S-11.4).
         *
         * @param stream where to write
         * @throws Exception any failure, logged with the route
         */
        void writeTo(ResponseStream stream) throws Exception;
    }
}
