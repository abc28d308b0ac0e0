package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The answer of a suspended exchange, sent once by whichever comes first: the handler's stage, the route's async
 * timeout (503, the stage cancelled, S-3.6) or a client that went away (the stage cancelled, logged at {@code FINE}
 * only). Whatever fails on the way is an empty 500 and a log record, never an exchange left open.
 */
final class PendingAnswer implements Exchange.Suspension {

    private final Exchange exchange;
    private final RouteDefinition route;
    private final Handler handler;
    private final Invocation call;
    private final AtomicBoolean done = new AtomicBoolean();

    PendingAnswer(Exchange exchange, RouteDefinition route, Handler handler, Invocation call) {
        this.exchange = exchange;
        this.route = route;
        this.handler = handler;
        this.call = call;
    }

    /**
     * The answer stage settled: with the handler's answer, with a {@link TimeoutException} when the route's async
     * timeout passed first, or with any other failure of the pipeline itself (an empty 500, logged).
     */
    void settle(Answer answer, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            timedOut();
        } else if (cause != null) {
            failed(cause);
        } else {
            complete(answer);
        }
    }

    /** The handler's stage completed. */
    private void complete(Answer answer) {
        if (done.compareAndSet(false, true)) {
            try {
                HandlerStep.send(exchange, answer);
            } catch (IOException e) {
                RuntimeMessages.clientLeft(route(), "before its answer", e);
            } catch (RuntimeException e) {
                RuntimeMessages.sendFailed(route(), e);
                exchange.sendFailure();
            } finally {
                call.end();
            }
        }
    }

    private void failed(Throwable failure) {
        if (done.compareAndSet(false, true)) {
            RuntimeMessages.answerFailed(route(), handler.signature(), failure);
            try {
                exchange.sendFailure();
            } finally {
                call.end();
            }
        }
    }

    /** The route's async timeout passed before the handler's stage completed. */
    void timedOut() {
        if (done.compareAndSet(false, true)) {
            call.cancel();
            RuntimeMessages.handlerTimedOut(
                    route(),
                    handler.signature(),
                    route.settings().asyncTimeout().toSeconds(),
                    route.configPath().declared());
            try {
                exchange.send(Answer.empty(503));
            } catch (IOException e) {
                RuntimeMessages.clientLeft(route(), "before its 503", e);
            } finally {
                call.end();
            }
        }
    }

    @Override
    public void disconnected(Throwable cause) {
        if (done.compareAndSet(false, true)) {
            call.cancel();
            call.end();
            RuntimeMessages.callCancelled(route(), handler.signature(), cause);
        }
    }

    private String route() {
        return route.path().declared();
    }
}
