package io.routehandlers.internal.pipeline;

import io.routehandlers.Params;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Params} over the names of a route and the values of one match. */
final class MatchedParams implements Params {

    private final List<String> names;
    private final List<Object> values;

    MatchedParams(List<String> names, List<Object> values) {
        this.names = names;
        this.values = values;
    }

    @Override
    public Optional<String> get(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            return Optional.empty();
        }
        Object value = values.get(i);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? Optional.empty() : Optional.of(String.join("/", strings(list)));
        }
        return Optional.of((String) value);
    }

    @Override
    public List<String> getAll(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            return List.of();
        }
        Object value = values.get(i);
        return value instanceof List<?> list ? strings(list) : List.of((String) value);
    }

    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values.get(i));
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(List<?> list) {
        return (List<String>) list;
    }
}
