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

/** A read-only view of a servlet request's headers. */
public final class ServletHeaderStore implements HeaderStore {

    private final HttpServletRequest request;

    public ServletHeaderStore(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public Optional<String> get(String name) {
        Enumeration<String> values = request.getHeaders(name);
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
        return request.getHeader(name) != null;
    }

    @Override
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        Enumeration<String> names = request.getHeaderNames();
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
