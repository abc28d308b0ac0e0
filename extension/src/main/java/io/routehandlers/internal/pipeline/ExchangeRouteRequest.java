package io.routehandlers.internal.pipeline;

import io.routehandlers.BadRequestException;
import io.routehandlers.FormData;
import io.routehandlers.HeaderStore;
import io.routehandlers.RequestCookies;
import io.routehandlers.RouteRequest;
import io.routehandlers.SearchParams;
import io.routehandlers.internal.call.RequestGuard;
import io.routehandlers.internal.config.TrustedProxies;
import io.routehandlers.internal.cookies.CookieHeader;
import io.routehandlers.internal.cookies.ReceivedCookies;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.SnapshotExchange;
import io.routehandlers.internal.http.LimitedInputStream;
import io.routehandlers.internal.http.MediaTypes;
import io.routehandlers.internal.http.Multipart;
import io.routehandlers.internal.http.Parameters;
import io.routehandlers.internal.http.PercentDecoding;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link RouteRequest} of one call: over the client's exchange, or over none for a render at startup or in the
 * background. Reads of request data (search params, headers, cookies, body) go through the call's
 * {@link RequestGuard}: a guarded render of a cached route sees none, or fails, or is recorded. The body is read
 * through the route's limit (S-4.4) and kept for the readers that follow the first.
 */
final class ExchangeRouteRequest implements RouteRequest {

    private static final byte[] NO_BYTES = new byte[0];

    private volatile Optional<Exchange> exchange;
    private final String pathname;
    private final String contextPath;
    private final JsonBinding jsonb;
    private final BodyValidator validator;
    private volatile RequestGuard guard;
    private final long maxBodySize;
    private InputStream limitedBody;
    private final FormLimits formLimits;
    private final TrustedProxies proxies;
    private HeaderStore headers;
    private RequestCookies cookies;
    private SearchParams searchParams;
    private byte[] bytes;
    private boolean streamed;
    private FormData form;
    private final Multipart.Uploads uploads = new Multipart.Uploads();
    private final List<Runnable> afterTasks = new ArrayList<>();
    private boolean answered; // guarded by afterTasks

    /** The limits a form body is read with. */
    record FormLimits(long maxFileSize, int maxParts) {}

    /**
     * A request view.
     *
     * @param exchange the client's exchange, empty for a render without one (a {@code GET})
     * @param pathname the path below the context root, as the client sent it (or the canonical path of a render)
     * @param contextPath the application's context root, for a render without an exchange
     * @param jsonb for {@link #json}
     * @param validator validates what {@link #json} binds (S-13.5)
     * @param guard what reads of request data do
     * @param maxBodySize the route's body limit
     * @param formLimits the limits of multipart forms
     * @param proxies who the client of a request is
     */
    ExchangeRouteRequest(
            Optional<Exchange> exchange,
            String pathname,
            String contextPath,
            JsonBinding jsonb,
            BodyValidator validator,
            RequestGuard guard,
            long maxBodySize,
            FormLimits formLimits,
            TrustedProxies proxies) {
        this.exchange = exchange;
        this.pathname = pathname;
        this.contextPath = exchange.map(Exchange::contextPath).orElse(contextPath);
        this.jsonb = jsonb;
        this.validator = validator;
        this.guard = guard;
        this.maxBodySize = maxBodySize;
        this.formLimits = formLimits;
        this.proxies = proxies;
    }

    /** The live exchange, when the guard lets the request's data be read; the guard sees every read. */
    /**
     * The exchange whose body a call reads: under the guard, except a {@code QUERY}'s, whose body and type are part
     * of its cache key (S-18.4), so that reading them uses no request data.
     */
    private Optional<Exchange> bodySource() {
        return exchange.filter(live -> live.method().equals("QUERY")).or(() -> readable("the request body"));
    }

    private Optional<Exchange> readable(String what) {
        return guard.read(what) ? exchange : Optional.empty();
    }

    @Override
    public String method() {
        return exchange.map(Exchange::method).orElse("GET");
    }

    /** The request's path with the context root, as the client sent it: the {@code instance} of problem details. */
    String path() {
        return contextPath + pathname;
    }

    @Override
    public URI url() {
        boolean live = exchange.isPresent() && guard.policy() == RequestGuard.Policy.LIVE;
        // The URL of a shared render: no client's host, and the query only where search params may be read.
        String origin = live ? exchange.get().origin() : "http://localhost";
        Optional<String> query =
                live ? exchange.get().query() : readable("searchParams").flatMap(Exchange::query);
        try {
            return URI.create(
                    origin + contextPath + pathname + query.map(q -> "?" + q).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Malformed request URL", e);
        }
    }

    @Override
    public String pathname() {
        return pathname;
    }

    @Override
    public Optional<String> clientAddress() {
        return readable("clientAddress()").map(live -> proxies.client(live.remoteAddress(), live::headers));
    }

    @Override
    public SearchParams searchParams() {
        if (searchParams == null) {
            searchParams = searchParams(readable("searchParams").flatMap(Exchange::query));
        }
        return searchParams;
    }

    /** The parameters of a raw query string; a malformed one is the client's error ({@code 400}). */
    static SearchParams searchParams(Optional<String> query) {
        try {
            return query.map(Parameters::parseUrlEncoded).orElse(Parameters.empty());
        } catch (PercentDecoding.MalformedEscapeException e) {
            throw new BadRequestException("Malformed query string", e);
        }
    }

    @Override
    public HeaderStore headers() {
        if (headers == null) {
            headers = new ExchangeHeaderStore(() -> readable("headers()"));
        }
        return headers;
    }

    @Override
    public RequestCookies cookies() {
        if (cookies == null) {
            cookies = new ReceivedCookies(readable("cookies()")
                    .map(e -> CookieHeader.parse(e.headers("Cookie")))
                    .orElse(List.of()));
        }
        return cookies;
    }

    @Override
    public String text() {
        return new String(bytes(), charset());
    }

    @Override
    public byte[] bytes() {
        return buffered().clone();
    }

    /**
     * The body, read once through the limit and kept. The server's stream is not closed here (the server closes
     * it): closing a stream whose read failed could throw the same exception again and lose the first.
     */
    private byte[] buffered() {
        if (bytes != null) {
            return bytes;
        }
        if (streamed) {
            throw new IllegalStateException("The body was already read as a stream, by body() or formData()");
        }
        Optional<Exchange> live = bodySource();
        if (live.isEmpty()) {
            bytes = NO_BYTES;
            return bytes;
        }
        try {
            bytes = limited(live.get()).readAllBytes();
        } catch (IOException e) {
            throw new BadRequestException("The request body could not be read: " + e, e);
        }
        return bytes;
    }

    @Override
    public InputStream body() {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        Optional<Exchange> live = bodySource();
        if (live.isEmpty()) {
            return new ByteArrayInputStream(NO_BYTES);
        }
        streamed = true;
        try {
            return limited(live.get());
        } catch (IOException e) {
            throw new BadRequestException("The request body could not be read: " + e, e);
        }
    }

    /** The body under the route's limit: one stream per request, so a second {@code body()} cannot reset the count. */
    private InputStream limited(Exchange live) throws IOException {
        if (limitedBody == null) {
            limitedBody = new LimitedInputStream(live.body(), maxBodySize);
        }
        return limitedBody;
    }

    @Override
    public <T> T json(Class<T> type) {
        byte[] body = buffered();
        if (body.length == 0) {
            throw new BadRequestException("Empty JSON body");
        }
        T value;
        try {
            value = jsonb.of(type).fromJson(new String(body, charset()), type);
        } catch (JsonbException e) {
            throw new BadRequestException("Malformed JSON body for " + type.getName() + ": " + e.getMessage(), e);
        }
        if (value == null) {
            throw new BadRequestException("The JSON body is null");
        }
        List<BodyValidator.Violation> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(type, violations);
        }
        return value;
    }

    @Override
    public FormData formData() {
        if (form == null) {
            form = readForm();
        }
        return form;
    }

    /**
     * An urlencoded form from the buffered body; a multipart form streamed from the body, its large files to
     * temporary files (deleted by {@link #close()}), unless the body was already buffered.
     */
    private FormData readForm() {
        Optional<Exchange> live = bodySource();
        if (live.isEmpty()) {
            throw new BadRequestException("Not a form body: a shared render has no request body");
        }
        Optional<String> contentType = live.get().header("Content-Type");
        try {
            if (MediaTypes.is(contentType, MediaTypes.FORM_URLENCODED)) {
                return Parameters.parseUrlEncoded(buffered(), charset(), formLimits.maxParts());
            }
            if (MediaTypes.is(contentType, MediaTypes.MULTIPART_FORM)) {
                Charset charset = charset();
                InputStream in = bytes != null ? new ByteArrayInputStream(bytes) : body();
                long maxFileSize = Math.min(formLimits.maxFileSize(), maxBodySize);
                return Multipart.parse(in, contentType.get(), charset, maxFileSize, formLimits.maxParts(), uploads);
            }
        } catch (PercentDecoding.MalformedEscapeException e) {
            throw new BadRequestException("Malformed form body: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadRequestException("The request body could not be read: " + e, e);
        }
        throw new BadRequestException("Not a form body: Content-Type " + contentType.orElse("(none)"));
    }

    /**
     * The request outlives its answer (a socket's listener keeps it, S-17.3): from now on it reads a copy of the
     * request's head; its body and the caller's roles are refused with a message that says why.
     */
    void outliveAnswer() {
        synchronized (afterTasks) {
            exchange = exchange.map(SnapshotExchange::of);
            exchange.ifPresent(e -> ((SnapshotExchange) e).detach());
        }
    }

    /**
     * Keeps a task for once the answer was sent (S-11.6). The first one snapshots the exchange: the server recycles
     * its request once the answer is complete, and the task still reads the headers, cookies and search params.
     */
    @Override
    public void after(Runnable task) {
        Objects.requireNonNull(task, "task");
        synchronized (afterTasks) {
            if (answered) {
                throw new IllegalStateException("after() was called once the answer was sent (from an after() task, or "
                        + "a thread the handler left running): add tasks while the handler runs");
            }
            if (afterTasks.isEmpty()) {
                exchange = exchange.map(SnapshotExchange::of);
            }
            afterTasks.add(task);
        }
    }

    /**
     * The answer was sent: the tasks of {@link #after}, in order, which from now on read the request's data as it is
     * (the answer no longer depends on what they read), and no longer the server's request.
     */
    List<Runnable> answered() {
        synchronized (afterTasks) {
            answered = true;
            guard = RequestGuard.LIVE;
            exchange.ifPresent(e -> {
                if (e instanceof SnapshotExchange snapshot) {
                    snapshot.detach();
                }
            });
            return List.copyOf(afterTasks);
        }
    }

    /** The exchange this view reads: the snapshot once a task was added. */
    Optional<Exchange> exchange() {
        return exchange;
    }

    /** Deletes the temporary files of the request's uploads, once its answer was sent and its tasks have run. */
    void close() {
        uploads.close();
    }

    /** Whether the body is an urlencoded or multipart form, after which a redirect becomes a 303. */
    boolean hasFormBody() {
        Optional<String> type = exchange.flatMap(e -> e.header("Content-Type"));
        return MediaTypes.is(type, MediaTypes.FORM_URLENCODED) || MediaTypes.is(type, MediaTypes.MULTIPART_FORM);
    }

    private Charset charset() {
        return MediaTypes.requestCharset(exchange.flatMap(e -> e.header("Content-Type")));
    }
}
