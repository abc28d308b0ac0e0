package io.routehandlers;

/**
 * The context of a matched route, the Java form of Next.js's {@code RouteContext<'/users/[id]'>}.
 *
 * <pre>
 * record UserParams(String id) {}
 *
 * &#64;Route("/users/[id]")
 * public class Users {
 *     &#64;GET
 *     public User get(RouteContext&lt;UserParams&gt; ctx) { return users.find(ctx.params().id()); }
 * }
 * </pre>
 *
 * <p>{@code P} is either {@link Params} (an untyped view) or a record whose components match the
 * route's params by name and kind: {@code String} for {@code [x]}, {@code List<String>} for the
 * catch-alls. A record that does not match, or a raw {@code RouteContext}, fails deployment.
 *
 * @param <P> the params type: {@link Params} or a record
 */
public interface RouteContext<P> {

    /**
     * The route's params, decoded.
     *
     * @return the params, never {@code null}
     */
    P params();
}
