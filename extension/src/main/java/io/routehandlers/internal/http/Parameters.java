package io.routehandlers.internal.http;

import io.routehandlers.BodyTooLargeException;
import io.routehandlers.FormData;
import io.routehandlers.SearchParams;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An ordered multi-map of names to values: the query string, or a form body. */
public final class Parameters implements SearchParams, FormData {

    private static final Parameters EMPTY = new Parameters(Map.of(), Map.of());

    private final Map<String, List<String>> values;
    private final Map<String, List<FormFile>> files;

    private Parameters(Map<String, List<String>> values, Map<String, List<FormFile>> files) {
        this.values = values;
        this.files = files;
    }

    /** No parameters. */
    public static Parameters empty() {
        return EMPTY;
    }

    /**
     * Parses {@code a=1&b=two+words&flag}; a name without {@code =} has the value {@code ""}.
     *
     * @throws PercentDecoding.MalformedEscapeException on a malformed escape
     */
    public static Parameters parseUrlEncoded(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = PercentDecoding.decodeFormComponent(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : PercentDecoding.decodeFormComponent(pair.substring(eq + 1));
            values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
        }
        return new Parameters(freeze(values), Map.of());
    }

    /**
     * Parses an urlencoded form body from its bytes, pair by pair, without a copy of the whole body as text.
     *
     * @param body the body
     * @param charset the charset of its text
     * @param maxParts the most fields
     * @throws PercentDecoding.MalformedEscapeException on a malformed escape
     * @throws BodyTooLargeException when the form has more than {@code maxParts} fields
     */
    public static Parameters parseUrlEncoded(byte[] body, Charset charset, int maxParts) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        int parts = 0;
        for (int start = 0; start < body.length; ) {
            int end = start;
            while (end < body.length && body[end] != '&') {
                end++;
            }
            if (end > start) {
                if (++parts > maxParts) {
                    throw new BodyTooLargeException(maxParts, "form parts");
                }
                int eq = start;
                while (eq < end && body[eq] != '=') {
                    eq++;
                }
                String name = PercentDecoding.decodeFormComponent(new String(body, start, eq - start, charset));
                String value = eq < end
                        ? PercentDecoding.decodeFormComponent(new String(body, eq + 1, end - eq - 1, charset))
                        : "";
                values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return new Parameters(freeze(values), Map.of());
    }

    /** A form from already separated text fields and files, each in order. */
    public static Parameters of(Map<String, List<String>> values, Map<String, List<FormFile>> files) {
        return new Parameters(freeze(values), freeze(files));
    }

    @Override
    public Optional<String> get(String name) {
        List<String> all = values.get(name);
        return all == null ? Optional.empty() : Optional.of(all.get(0));
    }

    @Override
    public List<String> getAll(String name) {
        return values.getOrDefault(name, List.of());
    }

    @Override
    public boolean has(String name) {
        return values.containsKey(name) || files.containsKey(name);
    }

    @Override
    public Set<String> keys() {
        if (files.isEmpty()) {
            return Collections.unmodifiableSet(values.keySet());
        }
        Set<String> keys = new LinkedHashSet<>(values.keySet());
        keys.addAll(files.keySet());
        return Collections.unmodifiableSet(keys);
    }

    @Override
    public Optional<FormFile> file(String name) {
        List<FormFile> all = files.get(name);
        return all == null ? Optional.empty() : Optional.of(all.get(0));
    }

    @Override
    public String toString() {
        return values.toString();
    }

    private static <V> Map<String, List<V>> freeze(Map<String, List<V>> map) {
        Map<String, List<V>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
