package io.routehandlers.internal.pipeline;

import io.routehandlers.AfterResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The injectable {@link AfterResponse}: adds a task to the route call on this thread (S-11.6). */
@ApplicationScoped
public class AfterTasks implements AfterResponse {

    @Inject
    CurrentCall calls;

    @Override
    public void after(Runnable task) {
        calls.request()
                .orElseThrow(() -> new IllegalStateException("AfterResponse.after(...) was called outside a route's "
                        + "handler call: call it while a handler runs, on its thread (an async stage's other "
                        + "threads have no call), or use RouteRequest.after(...)"))
                .after(task);
    }
}
