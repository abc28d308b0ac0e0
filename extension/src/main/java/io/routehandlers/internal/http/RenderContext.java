package io.routehandlers.internal.http;

import jakarta.enterprise.context.RequestScoped;

/**
 * The {@link RequestGuard} of the current request or background render, for the request-scoped stores:
 * {@link RequestGuard#LIVE} unless the dispatcher is rendering a cached route.
 */
@RequestScoped
public class RenderContext {

    private RequestGuard guard = RequestGuard.LIVE;

    /** The current guard. */
    public RequestGuard guard() {
        return guard;
    }

    /** Sets the guard of the render about to run. */
    public void guard(RequestGuard current) {
        this.guard = current;
    }
}
