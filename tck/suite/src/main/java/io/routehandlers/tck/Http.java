package io.routehandlers.tck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A small HTTP/1.1 client for the TCK: one request, the whole answer as text, redirects not followed. */
public final class Http {

    private static final String KEEP_ALIVE = "jdk.httpclient.keepalive.timeout";

    static {
        // Servers close a connection idle for 30 s (Open Liberty, Payara) or 60 s (WildFly); the JDK client keeps one
        // for 1,200 s and reuses the oldest first. After a burst test leaves many connections in the pool, a request
        // can meet two that the server is closing at that moment, and the JDK retries a GET only once ("HTTP/1.1 header
        // parser received no bytes"). Ten seconds keeps the client's side of every connection the shorter one. The JDK
        // reads this property once, when its first client is built; a runner that sets it itself keeps its value.
        if (System.getProperty(KEEP_ALIVE) == null) {
            System.setProperty(KEEP_ALIVE, "10");
        }
    }

    // HTTP/1.1: the rules are about routes, not HTTP/2, and servers differ in how they take an h2c upgrade (Payara
    // answers 200 concurrent streams on one connection with GOAWAY).
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;

    private Http(URI base) {
        this.base = base;
    }

    /** A client for a deployment whose root is {@code base} (from {@code @ArquillianResource URL}). */
    public static Http at(URL base) {
        try {
            String root = base.toExternalForm();
            return new Http(URI.create(root.endsWith("/") ? root.substring(0, root.length() - 1) : root));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Bad deployment URL " + base, e);
        }
    }

    /** {@code GET path}. */
    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A request of any method, without a body. */
    public HttpResponse<String> method(String method, String path) {
        return send(request(path)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    }

    /** A request of any method with a body of the given type. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    /** A builder for {@code path} below the deployment root, to add headers. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    /** Sends a built request. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a built request and keeps the body as bytes, for answers that are not text. */
    public HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a built request without waiting, for bursts of concurrent requests. */
    public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The deployment root's path, such as {@code /routing}. */
    public String contextPath() {
        return base.getPath();
    }

    /**
     * Sends raw bytes over a socket and returns the status line, for requests a URI class would refuse
     * (a malformed escape in the path).
     */
    public String rawStatusLine(String method, String rawPath) {
        return rawHead(method, rawPath).lines().findFirst().orElse("");
    }

    /**
     * Sends a request line and {@code Host} over a socket and returns the answer's status line and headers, each
     * line ending in {@code \n}: for methods and paths a client library would change or refuse.
     */
    public String rawHead(String method, String rawPath) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + base.getPath() + rawPath + " HTTP/1.1\r\nHost: " + base.getHost() + ":"
                            + base.getPort() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    String text = line.toString(StandardCharsets.ISO_8859_1);
                    if (text.isEmpty()) {
                        break;
                    }
                    head.append(text).append('\n');
                    line.reset();
                } else if (c != '\r') {
                    line.write(c);
                }
            }
            return head.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
