package io.routehandlers.internal.cookies;

import io.routehandlers.RequestCookie;
import io.routehandlers.RequestCookies;
import java.util.List;
import java.util.Optional;

/** {@link RequestCookies} over the cookies a request carried. */
public final class ReceivedCookies implements RequestCookies {

    private final List<RequestCookie> cookies;

    /** A read-only view of the given cookies, in header order. */
    public ReceivedCookies(List<RequestCookie> cookies) {
        this.cookies = List.copyOf(cookies);
    }

    @Override
    public Optional<RequestCookie> get(String name) {
        return cookies.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @Override
    public List<RequestCookie> getAll() {
        return cookies;
    }

    @Override
    public List<RequestCookie> getAll(String name) {
        return cookies.stream().filter(c -> c.name().equals(name)).toList();
    }

    @Override
    public boolean has(String name) {
        return get(name).isPresent();
    }

    @Override
    public String toString() {
        return CookieHeader.format(cookies);
    }
}
