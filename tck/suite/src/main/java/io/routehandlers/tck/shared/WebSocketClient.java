package io.routehandlers.tck.shared;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A {@link ClientSocket} over the network: the JDK's {@code java.net.http.WebSocket}, as any client would be. */
final class WebSocketClient implements ClientSocket, WebSocket.Listener {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(WAIT).build();

    private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private final java.io.ByteArrayOutputStream binary = new java.io.ByteArrayOutputStream();
    private volatile String closeReason = "";
    private WebSocket socket;
    private int status;

    private WebSocketClient() {}

    /** Opens a socket to {@code path} below the deployment's root; a refused handshake gives its status. */
    static ClientSocket open(URL base, String path, String... headers) {
        String root = base.toExternalForm().replaceFirst("^http", "ws");
        URI uri = URI.create((root.endsWith("/") ? root.substring(0, root.length() - 1) : root) + path);
        WebSocketClient client = new WebSocketClient();
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(WAIT);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            client.socket = builder.buildAsync(uri, client).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            client.status = 101;
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof WebSocketHandshakeException refused)) {
                throw new AssertionError("The WebSocket to " + uri + " failed", e.getCause());
            }
            client.status = refused.getResponse().statusCode();
            client.closed.complete(-1);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError("The WebSocket to " + uri + " did not open", e);
        }
        return client;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public void send(String message) {
        socket.sendText(message, true).join();
    }

    @Override
    public void send(byte[] data) {
        socket.sendBinary(ByteBuffer.wrap(data), true).join();
    }

    @Override
    public String receiveText() {
        Object message = next();
        if (!(message instanceof String s)) {
            throw new AssertionError("Expected a text message, got " + message);
        }
        return s;
    }

    @Override
    public byte[] receiveBinary() {
        Object message = next();
        if (!(message instanceof byte[] data)) {
            throw new AssertionError("Expected a binary message, got " + message);
        }
        return data;
    }

    private Object next() {
        try {
            Object message = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (message == null) {
                throw new AssertionError("No message within " + WAIT.toSeconds() + " s"
                        + (closed.isDone() ? "; the socket closed with " + closed.join() + " " + closeReason : ""));
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public int awaitClose() {
        try {
            return closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("The socket did not close within " + WAIT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public String closeReason() {
        return closeReason;
    }

    @Override
    public void close(int code, String reason) {
        if (socket != null && !socket.isOutputClosed()) {
            socket.sendClose(code, reason).join();
        }
    }

    @Override
    public void close() {
        if (socket != null && !socket.isOutputClosed() && !closed.isDone()) {
            close(1000, "");
        }
        if (socket != null) {
            socket.abort();
        }
    }

    // WebSocket.Listener: one call at a time, each asking for the next message.

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            received.add(text.toString());
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        binary.writeBytes(bytes);
        if (last) {
            received.add(binary.toByteArray());
            binary.reset();
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeReason = reason;
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(1006);
    }
}
