package io.routehandlers.internal.http;

import io.routehandlers.HeaderStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A read-only view of a servlet request's headers; when the request comes from a supplier, every read asks it
 * again, and a {@code null} request has no headers (a guarded render, S-8.4).
 */
public final class ServletHeaderStore implements HeaderStore {

    private final Supplier<HttpServletRequest> source;

    /** The headers of one request. */
    public ServletHeaderStore(HttpServletRequest request) {
        this.source = () -> request;
    }

    /** The headers of whatever request the source gives at each read; none when it gives {@code null}. */
    public ServletHeaderStore(Supplier<HttpServletRequest> source) {
        this.source = source;
    }

    @Override
    public Optional<String> get(String name) {
        HttpServletRequest request = source.get();
        Enumeration<String> values = request == null ? null : request.getHeaders(name);
        if (values == null || !values.hasMoreElements()) {
            return Optional.empty();
        }
        String first = values.nextElement();
        if (!values.hasMoreElements()) {
            return Optional.of(first);
        }
        StringBuilder joined = new StringBuilder(first);
        while (values.hasMoreElements()) {
            joined.append(", ").append(values.nextElement());
        }
        return Optional.of(joined.toString());
    }

    @Override
    public boolean has(String name) {
        HttpServletRequest request = source.get();
        return request != null && request.getHeader(name) != null;
    }

    @Override
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        HttpServletRequest request = source.get();
        Enumeration<String> names = request == null ? null : request.getHeaderNames();
        while (names != null && names.hasMoreElements()) {
            keys.add(names.nextElement().toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(keys);
    }

    @Override
    public List<Map.Entry<String, String>> entries() {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        forEach((name, value) -> entries.add(Map.entry(name, value)));
        return Collections.unmodifiableList(entries);
    }

    @Override
    public void forEach(BiConsumer<String, String> action) {
        for (String name : keys()) {
            get(name).ifPresent(value -> action.accept(name, value));
        }
    }

    @Override
    public String toString() {
        return entries().toString();
    }
}
