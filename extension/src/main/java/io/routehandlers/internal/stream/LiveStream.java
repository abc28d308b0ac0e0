package io.routehandlers.internal.stream;

import io.routehandlers.EventStream;
import io.routehandlers.ResponseStream;
import io.routehandlers.SseEvent;
import io.routehandlers.internal.exchange.LiveSource;
import io.routehandlers.internal.exchange.StreamOutput;
import io.routehandlers.internal.log.RuntimeMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One streamed answer (S-11.1 to S-11.4): what the handler's body writes, or its publisher's items, written to the
 * adapter's {@link StreamOutput}, with the heartbeats of an event stream, and closed once: by the producer's end, by
 * its failure (logged with the route) or by a client that went away (logged at {@code FINE} only).
 *
 * <p>Writes are blocking writes on the async request, serialized by one lock: the body's thread, the publisher's
 * thread and the heartbeat take turns. A body runs on the managed executor; a publisher is asked for one item at a
 * time, the next only once the previous one was written, so a slow client slows the producer and nothing queues.
 * An idle stream holds no thread: between items only its next heartbeat is scheduled.
 */
public final class LiveStream implements LiveSource, ResponseStream, EventStream {

    /** The comment that opens an event stream and keeps an idle one alive. */
    static final byte[] HEARTBEAT = ":\n\n".getBytes(StandardCharsets.US_ASCII);

    /** What produces the body. */
    sealed interface Producer {}

    /** A {@link ResponseStream.Body} or {@link EventStream.Body}, run on the executor. */
    record Writer(Object body) implements Producer {}

    /** A publisher whose items are encoded one by one. */
    record Publisher(Flow.Publisher<?> publisher, Function<Object, byte[]> encoder) implements Producer {}

    private final String route;
    private final String handler;
    private final Producer producer;
    private final boolean events;
    private final Streams streams;

    private final ReentrantLock writing = new ReentrantLock();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final List<Runnable> callbacks = new ArrayList<>();
    private volatile StreamOutput out;
    private volatile boolean open;
    private boolean started; // guarded by callbacks
    private volatile boolean closed; // written under callbacks
    private volatile long lastWrite;
    private volatile ScheduledFuture<?> heartbeat;
    private volatile Flow.Subscription subscription;

    LiveStream(String route, String handler, Producer producer, boolean events, Streams streams) {
        this.route = route;
        this.handler = handler;
        this.producer = producer;
        this.events = events;
        this.streams = streams;
    }

    @Override
    public void start(StreamOutput output) {
        synchronized (callbacks) {
            if (closed) {
                return; // discarded, or the client left before the head was out: ended already
            }
            started = true;
            out = output;
            open = true;
        }
        if (events) {
            write(HEARTBEAT, true); // the head and an opening comment: the client knows the stream is there
            scheduleHeartbeat(streams.heartbeat().toNanos());
        }
        if (producer instanceof Writer writer) {
            try {
                streams.executor().execute(() -> runBody(writer.body()));
            } catch (RejectedExecutionException e) {
                finish(e);
            }
        } else if (producer instanceof Publisher publisher) {
            try {
                publisher.publisher().subscribe(new Subscriber(publisher.encoder()));
            } catch (RuntimeException e) {
                finish(e);
            }
        }
    }

    /** Never started, never will be: nothing runs, and {@link #ended()} completes for whatever waits for it. */
    @Override
    public void discard() {
        synchronized (callbacks) {
            if (started || closed) {
                return;
            }
            closed = true;
        }
        ended.complete(null);
    }

    @Override
    public CompletableFuture<Void> ended() {
        return ended;
    }

    private void runBody(Object body) {
        Throwable failure = null;
        try {
            if (body instanceof EventStream.Body eventBody) {
                eventBody.writeTo(this);
            } else {
                ((ResponseStream.Body) body).writeTo(this);
            }
        } catch (Throwable e) {
            failure = e;
        }
        finish(failure);
    }

    // ResponseStream and EventStream: what the handler's body calls.

    @Override
    public void write(String text) {
        write(text.getBytes(StandardCharsets.UTF_8), false);
    }

    @Override
    public void write(byte[] bytes) {
        write(Objects.requireNonNull(bytes, "bytes"), false);
    }

    @Override
    public void flush() {
        write(null, true);
    }

    @Override
    public void send(SseEvent event) {
        write(event.toString().getBytes(StandardCharsets.UTF_8), true);
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void onClose(Runnable callback) {
        Objects.requireNonNull(callback, "callback");
        synchronized (callbacks) {
            if (!closed) {
                callbacks.add(callback);
                return;
            }
        }
        run(callback);
    }

    /**
     * Writes, and flushes if asked, unless the stream is closed; a client that went away closes it. Never throws: a
     * write after the close is dropped (S-11.3).
     */
    private void write(byte[] bytes, boolean flush) {
        if (!open) {
            return;
        }
        Exception gone;
        writing.lock();
        try {
            gone = open ? writeLocked(bytes, flush) : null;
        } finally {
            writing.unlock();
        }
        if (gone != null) {
            disconnected(gone);
        }
    }

    /** Writes with the lock held; returns the failure of a connection that is gone, to be handled without it. */
    private Exception writeLocked(byte[] bytes, boolean flush) {
        try {
            if (bytes != null && bytes.length > 0) {
                out.write(bytes);
            }
            if (flush) {
                out.flush();
            }
            lastWrite = System.nanoTime();
            return null;
        } catch (IOException | RuntimeException e) {
            return e; // a server may throw IllegalStateException on a response it completed after an error
        }
    }

    /**
     * Writes a heartbeat if the stream was silent for the whole interval, and schedules the next check. A write under
     * way means the stream is not silent. The write is made under {@code tryLock}, and a failure handled only once
     * the lock is released: {@code onClose} callbacks never run while a writer could be waiting for it.
     */
    private void heartbeat() {
        if (!open) {
            return;
        }
        long interval = streams.heartbeat().toNanos();
        long silent = System.nanoTime() - lastWrite;
        if (silent >= interval) {
            Exception gone = null;
            if (writing.tryLock()) {
                try {
                    gone = open ? writeLocked(HEARTBEAT, true) : null;
                } finally {
                    writing.unlock();
                }
            }
            if (gone != null) {
                disconnected(gone);
                return;
            }
            silent = 0;
        }
        scheduleHeartbeat(interval - silent);
    }

    private void scheduleHeartbeat(long delayNanos) {
        if (streams.heartbeat().isZero() || !open) {
            return;
        }
        try {
            ScheduledFuture<?> next = streams.scheduler().schedule(this::heartbeat, delayNanos, TimeUnit.NANOSECONDS);
            heartbeat = next;
            if (!open) {
                next.cancel(false); // closed meanwhile: close() may have cancelled the previous one only
            }
        } catch (RejectedExecutionException e) {
            RuntimeMessages.noHeartbeat(route, e);
        }
    }

    /** The producer finished: normally, or with a failure that ends the answer where it is (S-11.4). */
    private void finish(Throwable failure) {
        if (failure != null && open) {
            RuntimeMessages.streamFailed(route, handler, failure);
        } else if (failure != null) {
            RuntimeMessages.streamFailedAfterClientLeft(route, handler, failure);
        }
        if (!close(failure != null, true)) {
            ended.complete(null); // closed before, by a client that left: the body has returned now
        }
    }

    @Override
    public void disconnected(Throwable cause) {
        synchronized (callbacks) {
            if (closed) {
                return;
            }
            if (!started) {
                closed = true; // before the head was out: nothing runs
                ended.complete(null);
                return;
            }
        }
        RuntimeMessages.streamClientLeft(route, handler, cause);
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        // A body ends when it returns; a cancelled publisher has ended now.
        close(false, producer instanceof Publisher);
    }

    /**
     * Closes the stream once: no more writes, no more heartbeats, the callbacks run, what was written is flushed, the
     * producer's end is told (when it has ended) before the output ends, so that what waits for it (the
     * {@code after()} tasks) is under way by the time a test reads the answer.
     *
     * @param abort whether the producer failed
     * @param producerEnded whether the body or publisher is done
     * @return {@code false} when the stream was closed already
     */
    private boolean close(boolean abort, boolean producerEnded) {
        synchronized (callbacks) {
            if (closed) {
                return false;
            }
            closed = true;
        }
        open = false;
        ScheduledFuture<?> beat = heartbeat;
        if (beat != null) {
            beat.cancel(false);
        }
        // The callbacks first: once the answer has ended, whoever reads it sees what they did.
        List<Runnable> toRun;
        synchronized (callbacks) {
            toRun = List.copyOf(callbacks);
            callbacks.clear();
        }
        toRun.forEach(this::run);
        writing.lock();
        try {
            if (!abort) {
                writeLocked(null, true);
            }
        } finally {
            writing.unlock();
        }
        if (producerEnded) {
            ended.complete(null);
        }
        writing.lock();
        try {
            if (abort) {
                out.abort();
            } else {
                out.end();
            }
        } finally {
            writing.unlock();
        }
        return true;
    }

    private void run(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            RuntimeMessages.onCloseFailed(route, handler, e);
        }
    }

    /** Asks for one item at a time: the next only once the previous one reached the output. */
    private final class Subscriber implements Flow.Subscriber<Object> {

        private final Function<Object, byte[]> encoder;

        Subscriber(Function<Object, byte[]> encoder) {
            this.encoder = encoder;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            if (subscription != null) {
                s.cancel(); // one subscription per stream (Reactive Streams rule 2.5)
                return;
            }
            subscription = s;
            if (open) {
                s.request(1);
            } else {
                s.cancel();
            }
        }

        @Override
        public void onNext(Object item) {
            byte[] bytes;
            try {
                bytes = encoder.apply(Objects.requireNonNull(item, "a published item"));
            } catch (RuntimeException e) {
                subscription.cancel();
                finish(e);
                return;
            }
            write(bytes, true);
            if (open) {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable failure) {
            finish(failure);
        }

        @Override
        public void onComplete() {
            finish(null);
        }
    }
}
