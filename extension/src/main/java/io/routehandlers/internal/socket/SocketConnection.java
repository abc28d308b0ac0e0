package io.routehandlers.internal.socket;

import io.routehandlers.RouteSocket;
import io.routehandlers.SocketListener;
import io.routehandlers.internal.config.SocketPolicy;
import io.routehandlers.internal.exchange.SocketSource;
import io.routehandlers.internal.exchange.SocketTransport;
import io.routehandlers.internal.log.RuntimeMessages;
import java.io.ByteArrayOutputStream;
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
 *       closes the socket with {@code 1009} and drops the message. Whole messages go to the listener, one call at a
 *       time, each with a request context of its own; a listener that throws closes the socket with {@code 1011}.
 *   <li><b>Out</b>: {@link #send} never blocks. One message is written at a time, the next when the adapter says the
 *       last one was written; the others wait in a queue of at most {@code max-queued} bytes (a message bigger than
 *       that alone may still go when nothing waits). Past it the queue is dropped and the socket closed with
 *       {@code 1013}: a client that stops reading costs one queue, not the heap.
 *   <li><b>Idle</b>: a socket without a message either way for {@code idle-timeout} is closed with {@code 1001}, by
 *       one task on the scheduler that moves itself on while messages come and go (no thread per socket).
 *   <li><b>Close</b>: {@link #close(int, String)} sends what waits first; the listener's {@code onClose} is called
 *       once, when the adapter reports the close, with the code this side sent if it closed first. Then
 *       {@link #ended()} completes: the request's call ends and its concurrency place is given back.
 * </ul>
 */
public final class SocketConnection implements SocketSource, RouteSocket {

    /** How long the adapter may take from the upgrade to the open socket. */
    private static final Duration OPEN_WITHIN = Duration.ofSeconds(30);

    private static final int OPEN = 0;
    /** {@code close()} was called: the queue is sent, then the close. */
    private static final int DRAINING = 1;
    /** The close was handed to the transport. */
    private static final int CLOSING = 2;
    /** The adapter reported the close, or the socket was never opened. */
    private static final int ENDED = 3;

    private final SocketListener listener;
    private final SocketPolicy policy;
    private final String route;
    private final Sockets sockets;
    private final String id = UUID.randomUUID().toString();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final long idleNanos;

    private final Object lock = new Object();
    private SocketTransport transport;
    private boolean handedOver;
    private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
    private long queued;
    private boolean writing;
    private int state = OPEN;
    private int sentCode;
    private String sentReason;

    // Read by the adapter's thread only: it reports one part at a time.
    private StringBuilder text;
    private ByteArrayOutputStream binary;
    private long incoming;

    private volatile long lastActive = System.nanoTime();
    private volatile ScheduledFuture<?> idleCheck;

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
            if (state != OPEN) {
                return;
            }
            sentCode = code;
            sentReason = reason;
            now = !writing;
            state = now ? CLOSING : DRAINING;
        }
        if (now) {
            closeTransport(code, reason);
        }
    }

    // SocketSource: the adapter's side

    @Override
    public void handedOver() {
        synchronized (lock) {
            handedOver = true;
        }
        try {
            sockets.scheduler().schedule(this::neverOpened, OPEN_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            neverOpened();
        }
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
        synchronized (lock) {
            transport = opened;
        }
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
            call("onText", () -> listener.onText(this, part));
            incoming = 0;
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
        ScheduledFuture<?> check = idleCheck;
        if (check != null) {
            check.cancel(false);
        }
        text = null;
        binary = null;
        try {
            call("onClose", () -> listener.onClose(this, reportedCode, reportedReason));
        } finally {
            ended.complete(null);
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
            closeNow(1009, "Message too big: more than " + policy.maxMessageSize() + " bytes");
            return false;
        }
        return true;
    }

    /** A listener's call, with a request context; a failure closes the socket with 1011. */
    private void call(String callback, Runnable call) {
        try {
            sockets.inRequestContext(call);
        } catch (RuntimeException | LinkageError e) {
            RuntimeMessages.socketListenerFailed(route, callback, e);
            if (!callback.equals("onClose")) {
                closeNow(1011, "Internal error");
            }
        }
    }

    // Out

    private boolean enqueue(Outgoing message) {
        synchronized (lock) {
            if (state != OPEN || transport == null) {
                return false;
            }
            if (queued > 0 && queued + message.size() > policy.maxQueued()) {
                overflowed();
                return false;
            }
            queued += message.size();
            if (writing) {
                queue.add(message);
                return true;
            }
            writing = true;
        }
        write(message);
        return true;
    }

    /** Called with the lock held: the client reads too slowly. */
    private void overflowed() {
        queue.clear();
        queued = 0;
        // Closed outside the lock: the transport may call back.
        sockets.scheduler()
                .execute(() -> closeNow(1013, "Client too slow: over " + policy.maxQueued() + " bytes queued"));
    }

    private void write(Outgoing message) {
        touch();
        SocketTransport out;
        synchronized (lock) {
            out = transport;
        }
        try {
            if (message.payload() instanceof String s) {
                out.sendText(s, failure -> written(message, failure));
            } else {
                out.sendBinary(ByteBuffer.wrap((byte[]) message.payload()), failure -> written(message, failure));
            }
        } catch (RuntimeException e) {
            written(message, e);
        }
    }

    /** The adapter wrote a message, or failed to: the next one goes, or the close that waited for it. */
    private void written(Outgoing message, Throwable failure) {
        Outgoing next = null;
        boolean close = false;
        synchronized (lock) {
            if (failure != null) {
                // The connection is failing: the adapter reports its close; nothing more is written.
                queue.clear();
                queued = 0;
                writing = false;
                return;
            }
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
            }
        }
        if (next != null) {
            write(next);
        } else if (close) {
            closeTransport(sentCode, sentReason);
        }
    }

    /** Closes at once for a limit or a failure, dropping what waits. */
    private void closeNow(int code, String why) {
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

    private void closeTransport(int code, String reason) {
        SocketTransport out;
        synchronized (lock) {
            out = transport;
        }
        try {
            out.close(code, reason);
        } catch (RuntimeException e) {
            // The connection is gone already: the adapter reports the close it saw.
            RuntimeMessages.socketClosed(route, id, code, "the close failed: " + e);
        }
    }

    // Idle

    private void touch() {
        lastActive = System.nanoTime();
    }

    private void scheduleIdleCheck(long delayNanos) {
        if (idleNanos == 0) {
            return;
        }
        try {
            idleCheck = sockets.scheduler().schedule(this::checkIdle, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // The application is stopping: its sockets close with it.
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
