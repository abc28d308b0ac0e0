package io.routehandlers;

/**
 * Work to run once the answer was sent (S-11.6), like Next.js's {@code after()}: logging, analytics, a cache warm-up
 * that the client should not wait for. Inject it into any bean that a route's handler calls:
 *
 * <pre>
 * &#64;Inject AfterResponse afterResponse;
 *
 * void record(Order order) {
 *     afterResponse.after(() -&gt; audit.log(order));
 * }
 * </pre>
 *
 * <p>The same as {@link RouteRequest#after(Runnable)}, for code that has no {@code RouteRequest} at hand.
 */
public interface AfterResponse {

    /**
     * Runs a task once the answer of the route call on this thread has been sent, also after an error or a
     * {@link Navigation} answer, on the server's managed executor. The request's headers, cookies and params stay
     * readable in it (through the {@code RouteRequest} and the injected stores); an exception it throws is logged
     * with the route and changes nothing the client saw. Tasks run in the order they were added.
     *
     * @param task the task
     * @throws IllegalStateException when no route call runs on this thread
     */
    void after(Runnable task);
}
