package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The last step: calls the handler ({@link HandlerInvoker}) and sends its answer, at once when it is ready, else when
 * the handler's stage completes, the route's async timeout passes ({@code 503}, S-3.6) or the client leaves.
 */
final class HandlerStep implements Step {

    private final HandlerInvoker invoker;

    HandlerStep(HandlerInvoker invoker) {
        this.invoker = invoker;
    }

    @Override
    public void handle(RoutedRequest request) throws IOException {
        Exchange exchange = request.exchange();
        RouteDefinition route = request.route();
        Handler handler = request.handler();
        respond(exchange, route, handler, invoker.invoke(route, handler, request.params(), exchange, request.path()));
    }

    /**
     * Sends a call's answer: at once when the handler was synchronous or its stage is done; otherwise the exchange is
     * suspended until the stage completes, the route's async timeout passes or the client leaves. The timeout is the
     * pipeline's own ({@link CompletableFuture#orTimeout}), the same on every server and in process. Where the
     * exchange cannot be suspended, this thread waits.
     */
    private static void respond(Exchange exchange, RouteDefinition route, Handler handler, Invocation call)
            throws IOException {
        CompletableFuture<Answer> answer = call.answer();
        if (answer.isDone()) {
            try {
                send(exchange, answer.join());
            } finally {
                call.end();
            }
            return;
        }
        Duration timeout = route.settings().asyncTimeout();
        PendingAnswer pending = new PendingAnswer(exchange, route, handler, call);
        boolean suspended;
        try {
            suspended = exchange.suspend(pending);
        } catch (RuntimeException e) {
            call.cancel();
            call.end();
            throw e;
        }
        if (suspended) {
            if (!timeout.isZero()) {
                answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            answer.whenComplete(pending::settle);
            return;
        }
        try {
            pending.settle(
                    timeout.isZero() ? answer.get() : answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            pending.timedOut();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.disconnected(e);
            exchange.sendFailure(); // nothing else will end the exchange: the steps' wrappers learn it ended
        } catch (ExecutionException e) {
            pending.settle(null, e.getCause());
        }
    }

    /** Sends an answer; a {@code HEAD} gets the status and headers of the {@code GET} answer and no body (S-2.4). */
    static void send(Exchange exchange, Answer answer) throws IOException {
        exchange.send(exchange.method().equals("HEAD") ? answer.withoutBody() : answer);
    }
}
