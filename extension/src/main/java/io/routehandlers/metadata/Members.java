package io.routehandlers.metadata;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The members of a JSON object of the web app manifest, kept in the order the format declares them whatever order
 * they were set in. Values are strings, booleans, lists of strings or of member objects.
 */
final class Members {

    private final List<String> order;
    private final Map<String, Object> values;

    Members(List<String> order) {
        this(order, Map.of());
    }

    private Members(List<String> order, Map<String, Object> values) {
        this.order = order;
        this.values = values;
    }

    Members with(String member, Object value) {
        if (!order.contains(member)) {
            throw new IllegalStateException("Not a member: " + member);
        }
        Map<String, Object> more = new HashMap<>(values);
        more.put(member, Objects.requireNonNull(value, member));
        return new Members(order, more);
    }

    /** The members that were set, in declaration order. */
    Map<String, Object> asMap() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String member : order) {
            if (values.containsKey(member)) {
                ordered.put(member, values.get(member));
            }
        }
        return Collections.unmodifiableMap(ordered);
    }
}
