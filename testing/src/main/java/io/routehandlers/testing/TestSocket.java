package io.routehandlers.testing;

import io.routehandlers.internal.exchange.SocketSource;
import io.routehandlers.internal.exchange.SocketTransport;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A WebSocket client in process (S-14.1, S-17): the route's socket handler and listener are the code a server runs,
 * the frames go through memory. Messages the route sends wait here until {@link #receiveText()} takes them; what
 * the client sends reaches the listener on the calling thread, before {@link #send(String)} returns.
 *
 * <pre>
 * try (TestSocket socket = tester.socket("/rooms/lobby/socket")) {
 *     socket.send("hello");
 *     assertEquals("hello", socket.receiveText());
 * }
 * </pre>
 *
 * A refused upgrade ({@code 401}, {@code 403} for a foreign {@code Origin}, a handler's own answer) opens no socket:
 * {@link #status()} is its status and {@link #refusal()} the answer. {@link #pause()} stops reading, as a slow client
 * does, to test what a route does with a client that cannot keep up.
 */
public final class TestSocket implements AutoCloseable {

    /** How long {@code receive} and {@link #awaitClose()} wait at most. */
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final RouteTester tester;
    private final TestResponse answer;
    private final SocketSource source;
    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Runnable> paused = new ArrayList<>();
    private boolean reading = true;
    private boolean closing;
    private volatile int closeCode;
    private volatile String closeReason = "";

    TestSocket(RouteTester tester, TestResponse answer, Optional<SocketSource> source) {
        this.tester = tester;
        this.answer = answer;
        this.source = source.orElse(null);
        if (this.source == null) {
            closed.countDown();
        } else {
            tester.inScope(() -> {
                this.source.opened(new Transport());
                return null;
            });
        }
    }

    /**
     * The handshake's status: {@code 101} when the socket opened, else the refusal's.
     *
     * @return the status
     */
    public int status() {
        return answer.status();
    }

    /**
     * The answer to the upgrade request: the {@code 101}'s headers, or the refusal.
     *
     * @return the answer
     */
    public TestResponse refusal() {
        return answer;
    }

    /**
     * Whether the socket is open: upgraded and not closed by either side.
     *
     * @return {@code true} while messages may be sent
     */
    public synchronized boolean isOpen() {
        return source != null && !closing;
    }

    /**
     * Sends a text message; the route's listener gets it before this returns.
     *
     * @param text the message
     * @throws IllegalStateException when the socket is not open
     */
    public void send(String text) {
        deliver(() -> source.text(text, true));
    }

    /**
     * Sends a binary message.
     *
     * @param data the message
     * @throws IllegalStateException when the socket is not open
     */
    public void send(byte[] data) {
        deliver(() -> source.binary(ByteBuffer.wrap(data.clone()), true));
    }

    private void deliver(Runnable frame) {
        if (!isOpen()) {
            throw new IllegalStateException(
                    "The socket is not open (status " + status() + ", close " + closeCode + ")");
        }
        tester.inScope(() -> {
            frame.run();
            return null;
        });
    }

    /**
     * The next text message the route sent, waiting for it up to 10 seconds.
     *
     * @return the message
     * @throws AssertionError when none came, or the next one is binary
     */
    public String receiveText() {
        Object message = next();
        if (!(message instanceof String text)) {
            throw new AssertionError("Expected a text message, got " + describe(message));
        }
        return text;
    }

    /**
     * The next binary message the route sent, waiting for it up to 10 seconds.
     *
     * @return the message
     * @throws AssertionError when none came, or the next one is text
     */
    public byte[] receiveBinary() {
        Object message = next();
        if (!(message instanceof byte[] data)) {
            throw new AssertionError("Expected a binary message, got " + describe(message));
        }
        return data;
    }

    /**
     * The next message the route sent if one is there now, without waiting.
     *
     * @return a {@code String} or a {@code byte[]}, or empty
     */
    public Optional<Object> poll() {
        return Optional.ofNullable(received.poll());
    }

    private Object next() {
        try {
            Object message = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("No message within " + WAIT.toSeconds() + " s; the socket is "
                        + (isOpen() ? "open" : "closed with " + closeCode + " " + closeReason));
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a message", e);
        }
    }

    private static String describe(Object message) {
        return message instanceof byte[] data ? data.length + " bytes" : "\"" + message + "\"";
    }

    /**
     * Stops taking the route's messages off the connection, as a client that does not read. What the route sends from
     * other threads than this socket's own listener call then waits in the route's queue (up to its
     * {@code max-queued}); what its listener call sends to this socket is held here, as a server's network buffers
     * would hold it.
     */
    public synchronized void pause() {
        reading = false;
    }

    /** Takes the route's messages again, the waiting ones first. */
    public void resume() {
        List<Runnable> waiting;
        synchronized (this) {
            reading = true;
            waiting = List.copyOf(paused);
            paused.clear();
        }
        waiting.forEach(Runnable::run);
    }

    /**
     * Waits, up to 10 seconds, until the socket closed, and gives the close code it closed with: the route's, or the
     * one this client sent.
     *
     * @return the close code
     * @throws AssertionError when it did not close in time
     */
    public int awaitClose() {
        try {
            if (!closed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("The socket did not close within " + WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for the close", e);
        }
        return closeCode;
    }

    /**
     * The reason of the close, once closed.
     *
     * @return the reason, empty when none was given
     */
    public String closeReason() {
        return closeReason;
    }

    /** Closes the socket with {@code 1000}, as a client does; the route's listener is told before this returns. */
    @Override
    public void close() {
        close(1000, "");
    }

    /**
     * Closes the socket from the client's side.
     *
     * @param code the close code
     * @param reason the reason
     */
    public void close(int code, String reason) {
        if (isOpen()) {
            end(code, reason);
        }
    }

    /** The closing handshake is done, whoever began it: the route's listener is told once. */
    private void end(int code, String reason) {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            closeCode = code;
            closeReason = reason;
        }
        try {
            tester.inScope(() -> {
                source.closed(code, reason);
                return null;
            });
        } finally {
            closed.countDown(); // after the route was told: awaitClose() sees what its listener did
        }
    }

    /** The route's side of the connection: what it sends arrives here. */
    private final class Transport implements SocketTransport {

        @Override
        public void sendText(String text, Consumer<Throwable> done) {
            arrive(text, done);
        }

        @Override
        public void sendBinary(ByteBuffer data, Consumer<Throwable> done) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            arrive(bytes, done);
        }

        private void arrive(Object message, Consumer<Throwable> done) {
            Runnable write = () -> {
                received.add(message);
                done.accept(null);
            };
            synchronized (TestSocket.this) {
                if (!reading) {
                    paused.add(write);
                    return;
                }
            }
            write.run();
        }

        @Override
        public void writeText(String text) {
            arrive(text, failure -> {});
        }

        @Override
        public void writeBinary(ByteBuffer data) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            arrive(bytes, failure -> {});
        }

        @Override
        public void abort() {
            end(1006, "");
        }

        @Override
        public void close(int code, String reason) {
            end(code, reason);
        }
    }
}
