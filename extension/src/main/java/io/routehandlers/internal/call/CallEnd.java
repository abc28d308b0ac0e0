package io.routehandlers.internal.call;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The end of one handler call: what runs once the call's answer was sent, or will not be (S-11.6). The call's
 * {@code after()} tasks start, its uploads are deleted, and the call stops counting as in flight. One type carries it
 * from the handler call, through the cache, to the pipeline that sends the answer; {@link #end()} runs it at most
 * once, however many paths reach it (a send that failed, a timeout, a client that left).
 */
public final class CallEnd {

    /** The end of nothing: an answer that no call of this request produced (a stored answer, a shared render). */
    public static final CallEnd NONE = new CallEnd(() -> {});

    private final Runnable steps;
    private final AtomicBoolean ended = new AtomicBoolean();

    private CallEnd(Runnable steps) {
        this.steps = steps;
    }

    /** A call's end that runs these steps. */
    public static CallEnd of(Runnable steps) {
        return new CallEnd(steps);
    }

    /** Ends the call: runs its steps the first time, and nothing after. */
    public void end() {
        if (ended.compareAndSet(false, true)) {
            steps.run();
        }
    }
}
