package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.ForwardingExchange;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An exchange that tells, once, when the request ended: its answer was sent (a stream's once it ended), its failure
 * was sent, or the client went away first. The steps that keep something for a request's whole life use it: the
 * filters' report of the outcome ({@link OutcomeStep}), a concurrency limit's place ({@link Limits}).
 */
abstract class Ending extends ForwardingExchange {

    private final AtomicBoolean ended = new AtomicBoolean();
    /** An answer is on its way: its own end tells, not the server's report of the async request's end. */
    private volatile boolean answering;
    /** A stream went out: only its end tells, not a failure sent after its head. */
    private volatile boolean live;

    Ending(Exchange exchange) {
        super(exchange);
    }

    /**
     * The answer of this status was sent: a stream's once it ended, whether the client read it all or not, a socket's
     * ({@code 101}) once it closed.
     */
    protected abstract void answered(int status);

    /** The client went away before its answer was sent; nothing was answered. */
    protected void left() {}

    @Override
    public void send(Answer answer) throws IOException {
        answering = true;
        try {
            exchange.send(answer);
        } catch (IOException e) {
            end(() -> left());
            throw e;
        }
        // Only a stream that went out ends by itself: one the server refused is failed by the pipeline, which ends it.
        live = answer.body().lasting().isPresent();
        if (live) {
            answer.body()
                    .lasting()
                    .get()
                    .ended()
                    .whenComplete((ignored, failure) -> end(() -> answered(answer.status())));
        } else {
            end(() -> answered(answer.status()));
        }
    }

    @Override
    public void sendFailure(Answer failure) {
        answering = true;
        try {
            exchange.sendFailure(failure);
        } finally {
            if (!live) {
                end(() -> answered(failure.status()));
            }
        }
    }

    @Override
    public boolean suspend(Suspension events) {
        return exchange.suspend(cause -> {
            try {
                events.disconnected(cause);
            } finally {
                if (!answering) {
                    end(this::left);
                }
            }
        });
    }

    /** The client went away while a step answered: nothing more is sent (a stream that went out tells itself). */
    void abandoned() {
        if (!live) {
            end(this::left);
        }
    }

    private void end(Runnable tell) {
        if (ended.compareAndSet(false, true)) {
            tell.run();
        }
    }
}
