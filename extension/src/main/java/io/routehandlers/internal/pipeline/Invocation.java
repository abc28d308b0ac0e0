package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.call.CallEnd;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Lasting;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A handler call in flight: its answer, the means to cancel the handler's stage, and the call's end. The end waits
 * for a streamed answer's stream: the call holds its request (uploads, {@code after()} tasks) until the stream ends.
 */
public final class Invocation {

    private final CompletableFuture<Answer> answer;
    private final CompletableFuture<?> handlerStage;
    private final CallEnd callEnd;

    /**
     * A call in flight.
     *
     * @param answer its answer, which never completes exceptionally (failures are answers)
     * @param handlerStage the handler's own stage, to cancel; {@code null} for a synchronous handler
     * @param afterAnswer the end of the call once its answer is out, streamed to its end or never to be sent
     */
    Invocation(CompletableFuture<Answer> answer, CompletableFuture<?> handlerStage, CallEnd afterAnswer) {
        this.answer = answer;
        this.handlerStage = handlerStage;
        this.callEnd = CallEnd.of(() -> afterStream(afterAnswer));
    }

    /** The answer; it never completes exceptionally (failures are answers). */
    CompletableFuture<Answer> answer() {
        return answer;
    }

    /** Cancels the handler's stage, if it is still running. */
    void cancel() {
        if (handlerStage != null) {
            handlerStage.cancel(true);
        }
    }

    /** The call's end, for whoever sends the answer (the pipeline, or the cache for a render). */
    CallEnd callEnd() {
        return callEnd;
    }

    /** Ends the call now: its answer was sent, or will not be. */
    void end() {
        callEnd.end();
    }

    /**
     * Waits for the answer up to the route's async timeout, after which the handler's stage is cancelled and the answer
     * is a {@code 503} (a render for the cache waits on its thread: it has no exchange to suspend).
     */
    Answer await(RouteDefinition route, Handler handler) {
        Duration timeout = route.settings().asyncTimeout();
        try {
            return timeout.isZero() ? answer.get() : answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancel();
            RuntimeMessages.handlerTimedOut(
                    route.path().declared(),
                    handler.signature(),
                    timeout.toSeconds(),
                    route.configPath().declared());
            return Answer.empty(503);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            return Answer.empty(503);
        } catch (ExecutionException e) {
            throw new IllegalStateException("An answer stage failed", e); // answers never fail
        }
    }

    /** Ends the call at once, or when its streamed answer's stream ends; a stream never started will not be. */
    private void afterStream(CallEnd afterAnswer) {
        Answer sent = answer.isDone() && !answer.isCompletedExceptionally() ? answer.join() : null;
        if (sent != null && sent.body().lasting().isPresent()) {
            Lasting lasting = sent.body().lasting().get();
            lasting.discard(); // a stream or socket that was never started (not sent, timed out) will not be
            lasting.ended().whenComplete((ignored, failure) -> afterAnswer.end());
        } else {
            afterAnswer.end();
        }
    }
}
