package io.routehandlers.internal.pipeline;

import io.routehandlers.AfterResponse;
import io.routehandlers.internal.call.CallEnd;
import io.routehandlers.internal.call.RequestGuard;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.log.RuntimeMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * The {@code after()} tasks of route calls (S-11.6): the injectable {@link AfterResponse}, which adds a task to the
 * call on this thread, and the end of each call, which starts its tasks once its answer was sent.
 */
@ApplicationScoped
public class AfterTasks implements AfterResponse {

    @Inject
    CurrentCall calls;

    @Inject
    BackgroundExecutor background;

    @Override
    public void after(Runnable task) {
        calls.request()
                .orElseThrow(() -> new IllegalStateException("AfterResponse.after(...) was called outside a route's "
                        + "handler call: call it while a handler runs, on its thread (an async stage's other "
                        + "threads have no call), or use RouteRequest.after(...)"))
                .after(task);
    }

    /**
     * The end of a call: its {@code after()} tasks start, on the background executor, with a request context and the
     * call bound again; then its uploads, which the tasks may still read, are deleted; then the call stops counting
     * as in flight.
     *
     * @param call the call
     * @param inFlight what stops counting the call as in flight ({@link BackgroundExecutor#hold()})
     */
    CallEnd endOf(Call call, Runnable inFlight) {
        return CallEnd.of(() -> {
            try {
                start(call);
            } finally {
                inFlight.run();
            }
        });
    }

    private void start(Call call) {
        ExchangeRouteRequest request = call.request();
        List<Runnable> tasks = request.answered();
        if (tasks.isEmpty()) {
            request.close();
            return;
        }
        Runnable work = () -> {
            try {
                background.inRequestContext(() -> {
                    CurrentCall.State previous =
                            calls.begin(new CurrentCall.State(request.exchange(), RequestGuard.LIVE, request));
                    try {
                        for (Runnable task : tasks) {
                            run(call, task);
                        }
                    } finally {
                        calls.end(previous);
                    }
                    return null;
                });
            } finally {
                request.close();
            }
        };
        Optional<Executor> executor = background.executor();
        try {
            executor.ifPresentOrElse(e -> e.execute(work), work);
        } catch (RejectedExecutionException e) {
            request.close();
            RuntimeMessages.afterTasksRefused(call.route(), call.handler().signature(), e);
        }
    }

    private static void run(Call call, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            RuntimeMessages.afterTaskFailed(call.route(), call.handler().signature(), e);
        }
    }
}
