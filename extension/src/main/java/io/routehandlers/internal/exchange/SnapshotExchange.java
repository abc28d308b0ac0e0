package io.routehandlers.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A copy of a request's head that outlives the server's request object, for the {@code after()} tasks of S-11.6:
 * method, URL, headers and caller, copied when the first task is added. Until the answer was sent, the body and
 * role checks are the server's; after that they are refused with a message that says why. It is never answered.
 */
public final class SnapshotExchange implements Exchange {

    private final Exchange live;
    private final String method;
    private final String contextPath;
    private final String path;
    private final Optional<String> query;
    private final String origin;
    private final String remoteAddress;
    private final Map<String, List<String>> headers;
    private final List<String> names;
    private final OptionalLong contentLength;
    private final Optional<Principal> user;
    private volatile boolean detached;

    private SnapshotExchange(Exchange live) {
        this.live = live;
        this.method = live.method();
        this.contextPath = live.contextPath();
        this.path = live.path();
        this.query = live.query();
        this.origin = live.origin();
        this.remoteAddress = live.remoteAddress();
        this.names = List.copyOf(live.headerNames());
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (String name : names) {
            copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .addAll(live.headers(name));
        }
        copy.replaceAll((name, values) -> List.copyOf(values));
        this.headers = Map.copyOf(copy);
        this.contentLength = live.contentLength();
        this.user = live.user();
    }

    /** A snapshot of an exchange's request, or the snapshot itself. */
    public static Exchange of(Exchange exchange) {
        return exchange instanceof SnapshotExchange ? exchange : new SnapshotExchange(exchange);
    }

    /** The answer was sent: the server's request is gone, and this snapshot no longer reads it. */
    public void detach() {
        detached = true;
    }

    private Exchange live(String what) {
        if (detached) {
            throw new IllegalStateException("The request's " + what
                    + " cannot be read once the answer was sent: read it in the handler, before after() runs");
        }
        return live;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String contextPath() {
        return contextPath;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Optional<String> query() {
        return query;
    }

    @Override
    public String origin() {
        return origin;
    }

    @Override
    public String remoteAddress() {
        return remoteAddress;
    }

    @Override
    public Optional<String> header(String name) {
        return headers(name).stream().findFirst();
    }

    @Override
    public List<String> headers(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    @Override
    public List<String> headerNames() {
        return names;
    }

    @Override
    public OptionalLong contentLength() {
        return contentLength;
    }

    @Override
    public InputStream body() throws IOException {
        return live("body").body();
    }

    @Override
    public Optional<Principal> user() {
        return user;
    }

    @Override
    public boolean isUserInRole(String role) {
        return live("roles").isUserInRole(role);
    }

    @Override
    public Authentication authenticate() throws IOException {
        return live("authentication").authenticate();
    }

    @Override
    public void send(Answer answer) {
        throw new UnsupportedOperationException("A snapshot of a request is never answered");
    }

    @Override
    public void sendFailure(Answer failure) {
        throw new UnsupportedOperationException("A snapshot of a request is never answered");
    }

    @Override
    public boolean suspend(Suspension events) {
        throw new UnsupportedOperationException("A snapshot of a request is never answered");
    }
}
