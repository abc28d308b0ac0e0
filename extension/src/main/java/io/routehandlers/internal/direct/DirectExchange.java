package io.routehandlers.internal.direct;

import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.StreamOutput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The in-process adapter's exchange: a {@link DirectRequest} in, the answer captured as a {@link DirectResponse}.
 * No socket, no servlet container; the route pipeline runs exactly as behind the servlet filter. Its
 * authentication mechanism is a stand-in for the server's: a request without a caller is challenged with
 * {@code 401} and {@code WWW-Authenticate: Basic realm="routehandlers"}.
 */
public final class DirectExchange implements Exchange {

    private final DirectRequest request;
    private final CompletableFuture<DirectResponse> response = new CompletableFuture<>();
    private static final Duration SAFETY_BOUND = Duration.ofMinutes(5);

    private volatile Suspension events;

    /** An exchange over a request. */
    public DirectExchange(DirectRequest request) {
        this.request = request;
    }

    @Override
    public String method() {
        return request.method();
    }

    @Override
    public String contextPath() {
        return "";
    }

    @Override
    public String path() {
        return request.path();
    }

    @Override
    public Optional<String> query() {
        return request.query();
    }

    @Override
    public String origin() {
        return "http://localhost";
    }

    @Override
    public String remoteAddress() {
        return request.remoteAddress();
    }

    @Override
    public Optional<String> header(String name) {
        return headers(name).stream().findFirst();
    }

    @Override
    public List<String> headers(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> header : request.headers()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                values.add(header.getValue());
            }
        }
        return values;
    }

    @Override
    public List<String> headerNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        request.headers().forEach(h -> names.add(h.getKey()));
        return List.copyOf(names);
    }

    @Override
    public OptionalLong contentLength() {
        return header("Content-Length")
                .map(Long::parseLong)
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(request.body());
    }

    @Override
    public Optional<Principal> user() {
        return request.user();
    }

    @Override
    public boolean isUserInRole(String role) {
        return request.user().isPresent() && request.roles().contains(role);
    }

    @Override
    public Authentication authenticate() throws IOException {
        if (request.user().isPresent()) {
            return Authentication.AUTHENTICATED;
        }
        send(Answer.empty(401).header("WWW-Authenticate", "Basic realm=\"routehandlers\""));
        return Authentication.CHALLENGED;
    }

    @Override
    public void send(Answer answer) throws IOException {
        if (answer.body() instanceof Answer.Body.Live live) {
            events = live.source()::disconnected;
            live.source().start(new Output(answer));
            return;
        }
        if (answer.body() instanceof Answer.Body.Upgrade upgrade) {
            // The test's socket opens it, as the server's WebSocket container does after the 101 (S-17.5).
            upgrade.source().handedOver();
            response.complete(new DirectResponse(
                    answer.status(), answer.headers(), new byte[0], true, Optional.of(upgrade.source())));
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Answer.Body content = answer.body();
        List<Map.Entry<String, String>> headers = new ArrayList<>(answer.headers());
        if (content instanceof Answer.Body.Bytes bytes) {
            body.write(bytes.bytes());
            headers.add(Map.entry("Content-Length", Integer.toString(bytes.bytes().length)));
        } else if (content instanceof Answer.Body.Stream stream) {
            try (InputStream in = stream.in()) {
                in.transferTo(body);
            }
        } else if (content instanceof Answer.Body.Output output) {
            output.writer().writeTo(body);
        } else if (content instanceof Answer.Body.Omitted omitted
                && omitted.length().isPresent()) {
            headers.add(
                    Map.entry("Content-Length", Long.toString(omitted.length().getAsLong())));
        }
        response.complete(new DirectResponse(answer.status(), headers, body.toByteArray(), true));
    }

    /**
     * A streamed answer's body, kept in memory: the test gets the answer once the stream ended, with every byte
     * written before its end, as a server sends what was not flushed when the stream ends.
     */
    private final class Output implements StreamOutput {

        private final Answer head;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Output(Answer head) {
            this.head = head;
        }

        @Override
        public synchronized void write(byte[] bytes) {
            body.write(bytes, 0, bytes.length);
        }

        @Override
        public void flush() {}

        @Override
        public synchronized void end() {
            response.complete(new DirectResponse(head.status(), head.headers(), body.toByteArray(), true));
        }

        @Override
        public void abort() {
            end();
        }
    }

    @Override
    public void sendFailure(Answer failure) {
        byte[] body = failure.body() instanceof Answer.Body.Bytes bytes ? bytes.bytes() : new byte[0];
        Answer sized = failure.header("Content-Length", Integer.toString(body.length));
        response.complete(new DirectResponse(sized.status(), sized.headers(), body, true));
    }

    @Override
    public boolean suspend(Suspension listener) {
        this.events = listener;
        return true;
    }

    /** The client goes away: a suspended exchange tells the pipeline, as the servlet container does. */
    public void disconnect(Throwable cause) {
        Suspension listener = events;
        if (listener != null) {
            listener.disconnected(cause);
        }
    }

    /** The answer, if one was sent. */
    public Optional<DirectResponse> answered() {
        return Optional.ofNullable(response.getNow(null));
    }

    /** Marks the exchange as passed on: no route answered it. */
    void notRouted() {
        response.complete(new DirectResponse(404, List.of(), new byte[0], false));
    }

    /**
     * The answer, waiting for a suspended exchange: the pipeline answers by the route's async timeout, so the bound
     * here only keeps a broken test from hanging its build.
     */
    DirectResponse await() {
        try {
            return response.get(SAFETY_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("No answer within " + SAFETY_BOUND.toMinutes()
                    + " minutes: the handler's stage never completed and the route has no async timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the answer", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The answer failed", e.getCause());
        }
    }
}
