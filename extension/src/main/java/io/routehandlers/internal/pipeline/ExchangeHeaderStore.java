package io.routehandlers.internal.pipeline;

import io.routehandlers.HeaderStore;
import io.routehandlers.internal.exchange.Exchange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * A read-only view of a request's headers. Every read asks the source again, which gives no exchange where the
 * current render may not see request data (a guarded render, S-8.4) or has none (a background render).
 */
public final class ExchangeHeaderStore implements HeaderStore {

    private final Supplier<Optional<Exchange>> source;

    /** The headers of whatever exchange the source gives at each read. */
    public ExchangeHeaderStore(Supplier<Optional<Exchange>> source) {
        this.source = source;
    }

    @Override
    public Optional<String> get(String name) {
        List<String> values = source.get().map(e -> e.headers(name)).orElse(List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }

    @Override
    public boolean has(String name) {
        return source.get().flatMap(e -> e.header(name)).isPresent();
    }

    @Override
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        source.get().ifPresent(e -> e.headerNames().forEach(n -> keys.add(n.toLowerCase(Locale.ROOT))));
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
