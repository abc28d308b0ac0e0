package io.routehandlers.internal.call;

import java.util.Optional;

/**
 * Decides, for one render of a handler, whether request data (headers, cookies, search params, body) may be
 * read, and records whether it was. A cached route must not put one client's data into an answer served to
 * all (S-8.4, S-8.5): {@code force-static} renders see none, {@code error} renders fail on a read, and
 * {@code auto} renders are watched so that an answer built from request data is not stored.
 */
public final class RequestGuard {

    /** What a read of request data does. */
    public enum Policy {
        /** An uncached route: reads see the request. */
        LIVE,
        /** {@code auto} on a cached route: reads see the request, if there is one, and are recorded. */
        TRACK,
        /** {@code force-static}: reads see nothing and are recorded; cookies are read-only. */
        BLANK,
        /** {@code dynamic = "error"}: a read throws {@link DynamicUsageException}. */
        FORBID
    }

    /** The guard of every request outside cached renders. */
    public static final RequestGuard LIVE = new RequestGuard(Policy.LIVE, "", true);

    private final Policy policy;
    private final String route;
    private final boolean hasRequest;
    private volatile String used;

    /**
     * A guard for one render.
     *
     * @param policy what a read does
     * @param route the route's declared path, for messages
     * @param hasRequest whether a client request stands behind the render (not at startup or in the background)
     */
    public RequestGuard(Policy policy, String route, boolean hasRequest) {
        this.policy = policy;
        this.route = route;
        this.hasRequest = hasRequest;
    }

    /**
     * Called before request data is read.
     *
     * @param what what is read, as Next.js names it: {@code headers()}, {@code cookies()}, {@code searchParams}
     * @return {@code true} when the request's data may be read, {@code false} when the read must see none
     * @throws DynamicUsageException under {@link Policy#FORBID}
     */
    public boolean read(String what) {
        switch (policy) {
            case LIVE:
                return true;
            case FORBID:
                if (used == null) {
                    used = what;
                }
                throw new DynamicUsageException(route, what);
            default:
                if (used == null) {
                    used = what;
                }
                return policy == Policy.TRACK && hasRequest;
        }
    }

    /** Whether handlers may set cookies: not in a render whose answer is shared by every client by design. */
    public boolean cookiesWritable() {
        return policy == Policy.LIVE || policy == Policy.TRACK;
    }

    /** The policy. */
    public Policy policy() {
        return policy;
    }

    /** The route's declared path. */
    public String route() {
        return route;
    }

    /** The first request data read during the render, if any. */
    public Optional<String> used() {
        return Optional.ofNullable(used);
    }
}
