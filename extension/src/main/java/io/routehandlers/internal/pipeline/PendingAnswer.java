package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.http.Answer;
import io.routehandlers.internal.http.Exchange;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answer of a suspended exchange, sent once by whichever comes first: the handler's stage, the async timeout
 * (503, the stage cancelled, S-3.6) or a client that went away (the stage cancelled, logged at {@code FINE} only).
 */
final class PendingAnswer implements Exchange.Suspension {

    private static final Logger LOG = Logger.getLogger("io.routehandlers");

    private final Exchange exchange;
    private final RouteDefinition route;
    private final Handler handler;
    private final HandlerInvoker.Invocation call;
    private final AtomicBoolean done = new AtomicBoolean();

    PendingAnswer(Exchange exchange, RouteDefinition route, Handler handler, HandlerInvoker.Invocation call) {
        this.exchange = exchange;
        this.route = route;
        this.handler = handler;
        this.call = call;
    }

    /** The handler's stage completed. */
    void complete(Answer answer) {
        if (done.compareAndSet(false, true)) {
            try {
                RoutePipeline.send(exchange, answer);
            } catch (IOException e) {
                LOG.log(Level.FINE, e, () -> "Route " + route() + ": the client left before its answer");
            } finally {
                call.close();
            }
        }
    }

    @Override
    public void timedOut() {
        if (done.compareAndSet(false, true)) {
            call.cancel();
            LOG.warning(() -> "Route " + route() + ": handler " + handler.signature() + " did not complete within "
                    + route.settings().asyncTimeout().toSeconds()
                    + " s (routehandlers.async-timeout); answered 503 and cancelled its stage");
            try {
                exchange.send(Answer.empty(503));
            } catch (IOException e) {
                LOG.log(Level.FINE, e, () -> "Route " + route() + ": the client left before its 503");
            } finally {
                call.close();
            }
        }
    }

    @Override
    public void disconnected(Throwable cause) {
        if (done.compareAndSet(false, true)) {
            call.cancel();
            call.close();
            LOG.log(
                    Level.FINE,
                    cause,
                    () -> "Route " + route() + ": the client left while handler " + handler.signature()
                            + " ran; cancelled its stage");
        }
    }

    private String route() {
        return route.path().declared();
    }
}
