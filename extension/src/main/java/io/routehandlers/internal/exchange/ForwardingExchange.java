package io.routehandlers.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An exchange that passes every call to another: the base of the steps that change one thing of a request or its
 * answer (the route's CORS headers, a filter's headers) and leave the rest to the exchange they wrap.
 */
public abstract class ForwardingExchange implements Exchange {

    /** The exchange this one wraps. */
    protected final Exchange exchange;

    protected ForwardingExchange(Exchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public String method() {
        return exchange.method();
    }

    @Override
    public String contextPath() {
        return exchange.contextPath();
    }

    @Override
    public String path() {
        return exchange.path();
    }

    @Override
    public Optional<String> query() {
        return exchange.query();
    }

    @Override
    public String origin() {
        return exchange.origin();
    }

    @Override
    public String remoteAddress() {
        return exchange.remoteAddress();
    }

    @Override
    public Optional<String> header(String name) {
        return exchange.header(name);
    }

    @Override
    public List<String> headers(String name) {
        return exchange.headers(name);
    }

    @Override
    public List<String> headerNames() {
        return exchange.headerNames();
    }

    @Override
    public OptionalLong contentLength() {
        return exchange.contentLength();
    }

    @Override
    public InputStream body() throws IOException {
        return exchange.body();
    }

    @Override
    public Optional<Principal> user() {
        return exchange.user();
    }

    @Override
    public boolean isUserInRole(String role) {
        return exchange.isUserInRole(role);
    }

    @Override
    public Authentication authenticate() throws IOException {
        return exchange.authenticate();
    }

    @Override
    public void routed(String template) {
        exchange.routed(template);
    }

    @Override
    public void send(Answer answer) throws IOException {
        exchange.send(answer);
    }

    @Override
    public void sendFailure(Answer failure) {
        exchange.sendFailure(failure);
    }

    @Override
    public boolean suspend(Suspension events) {
        return exchange.suspend(events);
    }
}
