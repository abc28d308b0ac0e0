package io.routehandlers.internal.servlet;

import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.LiveSource;
import io.routehandlers.internal.exchange.SocketSource;
import io.routehandlers.internal.exchange.StreamOutput;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.telemetry.RouteTelemetry;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A servlet request and response as an {@link Exchange}: the servlet adapter's one translation of the route
 * pipeline to the Servlet API. Answers are written with {@code setStatus}, never {@code sendError}, so an error
 * status keeps its empty body instead of the server's error page. A suspended exchange, and a streamed answer, run
 * on the Servlet async API.
 */
final class ServletExchange implements Exchange {

    /**
     * The request attribute from which Open Liberty's MicroProfile Telemetry takes {@code http.route} for its
     * {@code http.server.request.duration} metric; a plain string attribute, which other servers ignore.
     */
    static final String LIBERTY_ROUTE = "REST.HTTP.ROUTE";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final RouteTelemetry telemetry;
    private volatile AsyncContext async;
    private volatile Suspension events;
    private volatile RouteTelemetry.Observation observation = RouteTelemetry.Observation.NONE;

    ServletExchange(HttpServletRequest request, HttpServletResponse response, RouteTelemetry telemetry) {
        this.request = request;
        this.response = response;
        this.telemetry = telemetry;
    }

    @Override
    public void routed(String template) {
        if (telemetry != RouteTelemetry.NONE) {
            String route = request.getContextPath() + template;
            request.setAttribute(LIBERTY_ROUTE, route);
            observation = telemetry.routed(this, route);
        }
    }

    /**
     * The filter's thread returns: the route's span stops being current on it, and an answer that was not suspended is
     * complete. A suspended one completes with its async context.
     *
     * @param failed whether the pipeline threw: the container answers {@code 500} unless the answer was committed
     */
    void dispatched(boolean failed) {
        RouteTelemetry.Observation routed = observation;
        if (routed == RouteTelemetry.Observation.NONE) {
            return;
        }
        routed.detach();
        if (async == null) {
            routed.end(failed && !response.isCommitted() ? 500 : response.getStatus());
        }
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public String contextPath() {
        return request.getContextPath();
    }

    @Override
    public String path() {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }

    @Override
    public Optional<String> query() {
        return Optional.ofNullable(request.getQueryString());
    }

    @Override
    public String origin() {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    @Override
    public String remoteAddress() {
        String address = request.getRemoteAddr();
        return address == null ? "" : address;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeader(name));
    }

    @Override
    public List<String> headers(String name) {
        Enumeration<String> values = request.getHeaders(name);
        return values == null ? List.of() : Collections.list(values);
    }

    @Override
    public List<String> headerNames() {
        Enumeration<String> names = request.getHeaderNames();
        return names == null ? List.of() : Collections.list(names);
    }

    @Override
    public OptionalLong contentLength() {
        long length = request.getContentLengthLong();
        return length < 0 ? OptionalLong.empty() : OptionalLong.of(length);
    }

    @Override
    public InputStream body() throws IOException {
        return request.getInputStream();
    }

    @Override
    public Optional<Principal> user() {
        return Optional.ofNullable(request.getUserPrincipal());
    }

    @Override
    public boolean isUserInRole(String role) {
        return request.isUserInRole(role);
    }

    /**
     * Asks the server's mechanism, through a response whose {@code sendError} keeps the body empty (Payara's BASIC
     * mechanism sends its challenge as an error page). Whatever the mechanism did to the response (a status, a
     * {@code WWW-Authenticate} challenge, a form login's redirect) means it answered. Without a mechanism some servers
     * throw, others (Open Liberty without application security) return without touching the response: both are
     * {@code UNAVAILABLE}.
     */
    @Override
    public Authentication authenticate() throws IOException {
        int status = response.getStatus();
        try {
            if (request.authenticate(new EmptyErrorResponse(response))) {
                return Authentication.AUTHENTICATED;
            }
            boolean answered = response.isCommitted()
                    || response.getStatus() != status
                    || response.containsHeader("WWW-Authenticate")
                    || response.containsHeader("Location");
            return answered ? Authentication.CHALLENGED : Authentication.UNAVAILABLE;
        } catch (ServletException | IllegalStateException e) {
            return Authentication.UNAVAILABLE;
        }
    }

    /** A response whose errors are sent as a status with an empty body, never the server's error page. */
    private static final class EmptyErrorResponse extends HttpServletResponseWrapper {
        EmptyErrorResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) {
            setStatus(status);
            setContentLength(0);
        }

        @Override
        public void sendError(int status, String message) {
            sendError(status);
        }
    }

    @Override
    public void send(Answer answer) throws IOException {
        if (answer.body() instanceof Answer.Body.Live live) {
            stream(answer, live.source());
            return;
        }
        if (answer.body() instanceof Answer.Body.Upgrade upgrade) {
            upgrade(answer, upgrade.source());
            return;
        }
        try {
            write(answer);
        } finally {
            completeSuspended();
        }
    }

    /**
     * Starts a streamed answer (S-11): its head is set, the request is (or stays) async so that no request thread
     * waits while the stream is idle, a client that goes away is told to the stream, and the stream ends the async
     * request when it is done. Without async support the stream runs to its end on this thread.
     */
    private void stream(Answer answer, LiveSource source) throws IOException {
        boolean suspended;
        try {
            head(answer);
            suspended = async != null || suspend(source::disconnected);
            events = source::disconnected;
            // The head now, from the request's thread: the client sees the stream start, no Content-Length is ever
            // computed, and Open Liberty sends what the body flushes while this dispatch is still returning.
            response.flushBuffer();
        } catch (IOException | RuntimeException e) {
            source.discard(); // the client left before the head was out, or the server refused the async request
            completeSuspended();
            throw e;
        }
        source.start(new Output());
        if (!suspended) {
            source.ended().join();
        }
    }

    /**
     * Upgrades the request to the route's WebSocket (S-17.5), the answer's headers (CORS, rate limits, filters') set for
     * the container's {@code 101}; a container that cannot is answered {@code 500} (RH-181).
     */
    private void upgrade(Answer answer, SocketSource source) {
        try {
            for (Map.Entry<String, String> header : answer.headers()) {
                response.addHeader(header.getKey(), header.getValue());
            }
            ServletSockets.upgrade(request, response, source);
            source.handedOver();
        } catch (Exception | LinkageError e) {
            source.discard();
            RuntimeMessages.upgradeFailed(request.getRequestURI(), e);
            sendFailure(Answer.empty(500));
        }
    }

    /** The servlet response's stream, as a streamed answer writes it. */
    private final class Output implements StreamOutput {

        @Override
        public void write(byte[] bytes) throws IOException {
            response.getOutputStream().write(bytes);
        }

        @Override
        public void flush() throws IOException {
            response.getOutputStream().flush();
        }

        @Override
        public void end() {
            completeSuspended();
        }

        /**
         * The Servlet API has no portable way to cut a connection: the answer ends where it is, which the stream's
         * own format tells from a complete one (its last event or line).
         */
        @Override
        public void abort() {
            completeSuspended();
        }
    }

    /** The status and headers of an answer, set on the response. */
    private void head(Answer answer) {
        response.setStatus(answer.status());
        for (Map.Entry<String, String> header : answer.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
    }

    private void write(Answer answer) throws IOException {
        head(answer);
        Answer.Body body = answer.body();
        if (body instanceof Answer.Body.Bytes bytes) {
            response.setContentLength(bytes.bytes().length);
            if (bytes.bytes().length > 0) {
                response.getOutputStream().write(bytes.bytes());
            }
        } else if (body instanceof Answer.Body.Stream stream) {
            try (InputStream in = stream.in()) {
                in.transferTo(response.getOutputStream());
            }
        } else if (body instanceof Answer.Body.Output output) {
            OutputStream out = response.getOutputStream();
            output.writer().writeTo(out);
        } else if (body instanceof Answer.Body.Omitted omitted
                && omitted.length().isPresent()) {
            response.setContentLengthLong(omitted.length().getAsLong());
        }
    }

    @Override
    public void sendFailure(Answer failure) {
        try {
            if (!response.isCommitted()) {
                response.reset();
                write(failure);
            }
        } catch (IOException | RuntimeException e) {
            // Committed meanwhile: the client sees a cut answer, which is all that is left to give.
        } finally {
            completeSuspended();
        }
    }

    private void completeSuspended() {
        AsyncContext suspended = async;
        if (suspended != null) {
            try {
                suspended.complete();
            } catch (IllegalStateException e) {
                // Already completed, by the container after an error or by an earlier answer.
            }
        }
    }

    /**
     * Starts async processing without a container timeout (0): the pipeline enforces the route's own. A connection
     * error tells the pipeline and completes the async context, which the container waits for.
     */
    @Override
    public boolean suspend(Suspension listener) {
        if (!request.isAsyncSupported()) {
            return false;
        }
        events = listener;
        AsyncContext context = request.startAsync(request, response);
        context.setTimeout(0);
        context.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                completeSuspended();
            }

            @Override
            public void onError(AsyncEvent event) {
                try {
                    events.disconnected(event.getThrowable());
                } finally {
                    completeSuspended();
                }
            }

            /** Completed by the container itself (after an error it handled): a stream still open learns here. */
            @Override
            public void onComplete(AsyncEvent event) {
                try {
                    events.disconnected(event.getThrowable());
                } finally {
                    observation.end(response.getStatus());
                }
            }

            @Override
            public void onStartAsync(AsyncEvent event) {}
        });
        async = context;
        return true;
    }
}
