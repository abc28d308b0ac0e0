package io.routehandlers.internal.socket;

import io.routehandlers.RouteSocket;
import io.routehandlers.SocketListener;
import io.routehandlers.internal.config.SocketPolicy;
import io.routehandlers.internal.exchange.SocketSource;
import io.routehandlers.internal.exchange.SocketTransport;
import io.routehandlers.internal.log.RuntimeMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The server's side of one WebSocket of a route (S-17): what its listener is handed ({@link RouteSocket}) and what the
 * adapter reports to ({@link SocketSource}).
 *
 * <ul>
 *   <li><b>In</b>: parts of a message are put together up to the route's {@code max-message-size}; one byte more
 *       closes the socket with {@code 1009} and drops the message.
 *   <li><b>Listener</b>: its calls are made one at a time, whatever thread asks (the adapter's, the idle check's, a
 *       close the listener itself started, which some containers report at once): a call asked for while another
 *       runs waits in a queue and runs after it, on the thread that ran the first. Each runs with a request context
 *       of its own; one that throws closes the socket with {@code 1011}. {@code onClose} comes once, last.
 *   <li><b>Out</b>: {@link #send} never blocks the caller, with one exception: what a listener call sends to its own
 *       socket while nothing waits is written at once on that thread, as a plain endpoint writes its answer (no hop
 *       to the container's completion). Everything else waits in a queue of at most {@code max-queued} bytes and is
 *       written one message at a time, the next when the adapter says the last one was written (in a loop, not a
 *       recursion, when adapters say so at once). Past the limit the queue is dropped and the socket closed with
 *       {@code 1013}: a client that stops reading costs one queue, not the heap.
 *   <li><b>Idle</b>: a socket without a message either way for {@code idle-timeout} is closed with {@code 1001}, by
 *       one task on the scheduler that moves itself on while messages come and go (no thread per socket).
 *   <li><b>Close</b>: {@link #close(int, String)} sends what waits first. A close this side began that the adapter
 *       does not report within {@link #CLOSE_WITHIN} (a client that reads nothing more) ends the socket anyway, its
 *       listener told the code this side sent. Then {@link #ended()} completes: the request's call ends and its concurrency place is given
 *       back.
 * </ul>
 */
public final class SocketConnection implements SocketSource, RouteSocket {

    /** How long the adapter may take from the upgrade to the open socket. */
    private static final Duration OPEN_WITHIN = Duration.ofSeconds(30);

    /** How long a close this side began may wait for the adapter to report it. */
    static final Duration CLOSE_WITHIN = Duration.ofSeconds(30);

    /** How long a write may wait for a client that reads nothing before the socket is given up. */
    static final Duration SEND_WITHIN = Duration.ofSeconds(30);

    private static final int OPEN = 0;
    /** {@code close()} was called: the queue is sent, then the close. */
    private static final int DRAINING = 1;
    /** The close was handed to the transport, or is about to be. */
    private static final int CLOSING = 2;
    /** The close was reported (or forced), or the socket was never opened. */
    private static final int ENDED = 3;

    private final SocketListener listener;
    private final SocketPolicy policy;
    private final String route;
    private final Sockets sockets;
    private final String id = UUID.randomUUID().toString();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final long idleNanos;

    private final Object lock = new Object();
    // Guarded by lock.
    private SocketTransport transport;
    private boolean handedOver;
    private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
    private long queued;
    private boolean writing;
    /** The thread in {@link #write}'s loop, to which a completion reported at once hands the next message. */
    private Thread writer;

    /** The next message, handed back by a completion reported at once on {@link #writer}'s thread. */
    private Outgoing handedBack;

    private int state = OPEN;
    private int sentCode;
    private String sentReason;
    private final ArrayDeque<Runnable> calls = new ArrayDeque<>();
    private boolean calling;

    // Read by the adapter's thread only: it reports one part at a time.
    private StringBuilder text;
    private ByteArrayOutputStream binary;
    private long incoming;

    /** The thread of the listener call under way, if any: its sends to this socket may be written at once. */
    private volatile Thread delivering;

    private volatile long lastActive = System.nanoTime();
    private volatile ScheduledFuture<?> idleCheck;
    private volatile ScheduledFuture<?> closeDeadline;
    private volatile ScheduledFuture<?> openDeadline;

    /** When a write on a listener's thread began ({@link System#nanoTime()}), {@code 0} while none is under way. */
    private volatile long writingSince;

    SocketConnection(SocketListener listener, SocketPolicy policy, String route, Sockets sockets) {
        this.listener = listener;
        this.policy = policy;
        this.route = route;
        this.sockets = sockets;
        this.idleNanos = policy.idleTimeout().toNanos();
    }

    /** A message waiting to be written, and its size in bytes. */
    private record Outgoing(Object payload, long size) {}

    // RouteSocket: the listener's side

    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean isOpen() {
        synchronized (lock) {
            return state == OPEN && transport != null;
        }
    }

    @Override
    public boolean send(String message) {
        return enqueue(new Outgoing(message, utf8Length(message)));
    }

    @Override
    public boolean send(byte[] data) {
        return enqueue(new Outgoing(data.clone(), data.length));
    }

    @Override
    public void close(int code, String reason) {
        if (code != 1000 && (code < 3000 || code > 4999)) {
            throw new IllegalArgumentException(
                    "Close code " + code + " is not an application's: use 1000, or one from 3000 to 4999");
        }
        if (utf8Length(reason) > 123) {
            throw new IllegalArgumentException("A close reason has at most 123 bytes in UTF-8: " + reason);
        }
        boolean now;
        synchronized (lock) {
            if (state != OPEN || transport == null) {
                return;
            }
            sentCode = code;
            sentReason = reason;
            now = !writing;
            state = now ? CLOSING : DRAINING;
        }
        if (now) {
            closeTransport(code, reason);
        } else {
            // The queue is sent first; a client that reads none of it does not hold the socket past the deadline.
            closeDeadline = schedule(() -> giveUp("the close waited for the queue too long"), CLOSE_WITHIN.toNanos());
        }
    }

    // SocketSource: the adapter's side

    @Override
    public void handedOver() {
        synchronized (lock) {
            handedOver = true;
        }
        openDeadline = schedule(this::neverOpened, OPEN_WITHIN.toNanos());
    }

    /** The handshake did not complete: nothing will report this socket again. */
    private void neverOpened() {
        synchronized (lock) {
            if (transport != null || state == ENDED) {
                return;
            }
            state = ENDED;
        }
        ended.complete(null);
    }

    @Override
    public void opened(SocketTransport opened) {
        boolean late;
        synchronized (lock) {
            late = state == ENDED || transport != null;
            if (!late) {
                transport = opened;
            }
        }
        cancel(openDeadline);
        if (late) {
            // Opened after it was given up (neverOpened), or twice: its place was given back, so it may not live.
            opened.close(1013, "Try again later");
            return;
        }
        sockets.opened(this);
        touch();
        scheduleIdleCheck(idleNanos);
        call("onOpen", () -> listener.onOpen(this));
    }

    @Override
    public void text(String part, boolean last) {
        if (!receiving(utf8Length(part))) {
            return;
        }
        if (last && text == null) {
            incoming = 0;
            call("onText", () -> listener.onText(this, part));
            return;
        }
        if (text == null) {
            text = new StringBuilder();
        }
        text.append(part);
        if (last) {
            String whole = text.toString();
            text = null;
            incoming = 0;
            call("onText", () -> listener.onText(this, whole));
        }
    }

    @Override
    public void binary(ByteBuffer part, boolean last) {
        if (!receiving(part.remaining())) {
            return;
        }
        if (binary == null) {
            binary = new ByteArrayOutputStream(last ? part.remaining() : 8192);
        }
        byte[] bytes = new byte[part.remaining()];
        part.get(bytes);
        binary.writeBytes(bytes);
        if (last) {
            byte[] whole = binary.toByteArray();
            binary = null;
            incoming = 0;
            call("onBinary", () -> listener.onBinary(this, whole));
        }
    }

    @Override
    public void closed(int code, String reason) {
        int reportedCode;
        String reportedReason;
        synchronized (lock) {
            if (state == ENDED) {
                return;
            }
            boolean closedHere = state == CLOSING || state == DRAINING;
            reportedCode = closedHere && sentCode != 0 ? sentCode : code;
            reportedReason = closedHere && sentReason != null ? sentReason : reason == null ? "" : reason;
            state = ENDED;
            queue.clear();
            queued = 0;
        }
        cancel(idleCheck);
        cancel(closeDeadline);
        sockets.closed(this);
        // ended completes after onClose, outside its request context (run), or at once when the socket is given up.
        call("onClose", () -> listener.onClose(this, reportedCode, reportedReason));
    }

    /**
     * Ends the socket without waiting for the adapter or the listener: a close that was not completed in time, or a
     * write on a listener's thread stuck on a client that reads nothing. The transport is asked to drop the
     * connection; the listener's {@code onClose} still runs once its call under way returns.
     */
    void giveUp(String why) {
        RuntimeMessages.socketClosed(route, id, 1006, why);
        try {
            transport().abort();
        } catch (RuntimeException e) {
            // gone already
        }
        closed(1006, why);
        ended.complete(null);
    }

    /** Whether a write on a listener's thread has waited longer than the send timeout for its client. */
    boolean stuck(long now) {
        long since = writingSince;
        return since != 0 && now - since > SEND_WITHIN.toNanos();
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    @Override
    public void failed(Throwable error) {
        call("onError", () -> listener.onError(this, error));
    }

    @Override
    public void discard() {
        synchronized (lock) {
            if (handedOver || state == ENDED) {
                return;
            }
            state = ENDED;
        }
        ended.complete(null);
    }

    @Override
    public CompletableFuture<Void> ended() {
        return ended;
    }

    // In

    /** Counts a part of the message being received: {@code false} when the socket is closing or the part is too much. */
    private boolean receiving(long size) {
        synchronized (lock) {
            if (state != OPEN && state != DRAINING) {
                return false;
            }
        }
        touch();
        incoming += size;
        if (incoming > policy.maxMessageSize()) {
            text = null;
            binary = null;
            incoming = 0;
            closeNow(1009, "Message too big: more than " + policy.maxMessageSize() + " bytes");
            return false;
        }
        return true;
    }

    /**
     * A listener's call, one at a time: asked for while another runs, it waits and runs after it, on that thread. Once
     * the socket ended only {@code onClose} runs.
     */
    private void call(String callback, Runnable call) {
        Runnable next = () -> run(callback, call);
        synchronized (lock) {
            if (calling) {
                calls.add(next);
                return;
            }
            calling = true;
        }
        while (next != null) {
            try {
                next.run();
            } finally {
                synchronized (lock) {
                    next = calls.poll();
                    if (next == null) {
                        calling = false;
                    }
                }
            }
        }
    }

    /** Runs a listener's call with a request context; a failure closes the socket with 1011. */
    private void run(String callback, Runnable call) {
        boolean onClose = callback.equals("onClose");
        synchronized (lock) {
            if (state == ENDED && !onClose) {
                return;
            }
        }
        delivering = Thread.currentThread();
        try {
            sockets.inRequestContext(call);
        } catch (RuntimeException | Error e) {
            // An Error too: the calls of this socket must go on (onClose, its place given back); it is logged.
            RuntimeMessages.socketListenerFailed(route, callback, e);
            if (!onClose) {
                closeNow(1011, "Internal error");
            }
        } finally {
            delivering = null;
            if (onClose) {
                ended.complete(null);
            }
        }
    }

    // Out

    private boolean enqueue(Outgoing message) {
        boolean overflow = false;
        synchronized (lock) {
            if (state != OPEN || transport == null) {
                return false;
            }
            if (queued > 0 && queued + message.size() > policy.maxQueued()) {
                overflow = true;
            } else {
                queued += message.size();
                if (writing) {
                    queue.add(message);
                    return true;
                }
                writing = true;
            }
        }
        if (overflow) {
            closeNow(1013, "Client too slow: over " + policy.maxQueued() + " bytes queued");
            return false;
        }
        if (delivering == Thread.currentThread()) {
            writeNow(message);
        } else {
            write(message);
        }
        return true;
    }

    /**
     * Writes on the thread of the socket's own listener call, nothing else waiting: the answer to a message goes out
     * without a hop to the container's completion (on Open Liberty a third of an echo's round trip), and only this
     * socket's thread waits for a client that does not read, as a plain endpoint's would.
     */
    private void writeNow(Outgoing message) {
        touch();
        Throwable failure = null;
        writingSince = Math.max(1, System.nanoTime());
        try {
            if (message.payload() instanceof String s) {
                transport().writeText(s);
            } else {
                transport().writeBinary(ByteBuffer.wrap((byte[]) message.payload()));
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        } finally {
            writingSince = 0;
        }
        written(message, failure);
    }

    /**
     * Writes a message and those that wait after it, each when the last one's write completed. A completion the
     * adapter reports at once, on this thread, hands the next message back to this loop instead of recursing.
     */
    private void write(Outgoing first) {
        Outgoing message = first;
        while (message != null) {
            Outgoing sending = message;
            synchronized (lock) {
                writer = Thread.currentThread();
                handedBack = null;
            }
            touch();
            try {
                if (sending.payload() instanceof String s) {
                    transport().sendText(s, failure -> written(sending, failure));
                } else {
                    transport()
                            .sendBinary(
                                    ByteBuffer.wrap((byte[]) sending.payload()), failure -> written(sending, failure));
                }
            } catch (RuntimeException e) {
                written(sending, e);
            }
            synchronized (lock) {
                if (writer == Thread.currentThread()) {
                    writer = null;
                    message = handedBack;
                    handedBack = null;
                } else {
                    message = null; // a completion on another thread started a loop of its own there
                }
            }
        }
    }

    /** The adapter wrote a message, or failed to: the next one goes, or the close that waited for it. */
    private void written(Outgoing message, Throwable failure) {
        Outgoing next = null;
        boolean close = false;
        synchronized (lock) {
            if (failure != null) {
                queue.clear();
                queued = 0;
                writing = false;
            } else {
                queued = Math.max(0, queued - message.size());
                if (state == OPEN || state == DRAINING) {
                    next = queue.poll();
                }
                if (next == null) {
                    writing = false;
                    if (state == DRAINING) {
                        state = CLOSING;
                        close = true;
                    }
                } else if (writer == Thread.currentThread()) {
                    handedBack = next; // reported at once: the loop in write() takes it
                    return;
                }
            }
        }
        if (failure != null) {
            // The connection is failing: close it (the adapter may report the close it sees first).
            closeNow(1011, "Sending failed");
        } else if (next != null) {
            write(next);
        } else if (close) {
            closeTransport(sentCode, sentReason);
        }
    }

    private SocketTransport transport() {
        synchronized (lock) {
            return transport;
        }
    }

    /** Closes at once for a limit or a failure, dropping what waits. */
    void closeNow(int code, String why) {
        synchronized (lock) {
            if (state == CLOSING || state == ENDED || transport == null) {
                return;
            }
            state = CLOSING;
            sentCode = code;
            sentReason = why.length() > 100 ? why.substring(0, 100) : why;
            queue.clear();
            queued = 0;
        }
        RuntimeMessages.socketClosed(route, id, code, why);
        closeTransport(code, sentReason);
    }

    /** Hands the close to the transport; one the adapter does not report in time ends the socket anyway. */
    private void closeTransport(int code, String reason) {
        cancel(closeDeadline);
        closeDeadline = schedule(() -> giveUp("the closing handshake did not complete"), CLOSE_WITHIN.toNanos());
        try {
            transport().close(code, reason);
        } catch (RuntimeException e) {
            // The connection is gone already: the adapter reports the close it saw, or the deadline ends it.
            RuntimeMessages.socketClosed(route, id, code, "the close failed: " + e);
        }
    }

    // Idle

    private void touch() {
        lastActive = System.nanoTime();
    }

    private void scheduleIdleCheck(long delayNanos) {
        if (idleNanos > 0) {
            idleCheck = schedule(this::checkIdle, delayNanos);
        }
    }

    private void checkIdle() {
        synchronized (lock) {
            if (state == CLOSING || state == ENDED) {
                return;
            }
        }
        long quiet = System.nanoTime() - lastActive;
        if (quiet >= idleNanos) {
            closeNow(1001, "Idle for " + policy.idleTimeout().toSeconds() + "s");
        } else {
            scheduleIdleCheck(idleNanos - quiet);
        }
    }

    /**
     * Runs a task later on the executor, not on the scheduler's thread: a close it starts may run the listener's
     * {@code onClose} at once (some containers report a close on the thread that asked for it), which must not hold up
     * the heartbeats and idle checks of every other stream and socket.
     */
    private ScheduledFuture<?> schedule(Runnable task, long delayNanos) {
        try {
            return sockets.scheduler().schedule(() -> sockets.later(task), delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return null; // the application is stopping: Sockets closes its sockets
        }
    }

    /** The length of a text in UTF-8, without encoding it. */
    static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else {
                length += 3;
            }
        }
        return length;
    }

    @Override
    public String toString() {
        return "socket " + id + " of " + route;
    }
}
