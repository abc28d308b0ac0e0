package io.routehandlers.internal.call;

/**
 * A {@code dynamic = "error"} route read request data while rendering (S-8.5); the message is Next.js's.
 */
public final class DynamicUsageException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String route;
    private final String used;

    /**
     * @param route the route's declared path
     * @param used what was read, such as {@code headers()}
     */
    public DynamicUsageException(String route, String used) {
        super("Route " + route + " with `dynamic = \"error\"` couldn't be rendered statically because it used `" + used
                + "`.");
        this.route = route;
        this.used = used;
    }

    /** The route's declared path. */
    public String route() {
        return route;
    }

    /** What was read. */
    public String used() {
        return used;
    }
}
