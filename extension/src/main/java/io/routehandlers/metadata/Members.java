package io.routehandlers.metadata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The members of a JSON object of the web app manifest, in the order they were first set, as {@code JSON.stringify}
 * writes the object a Next.js {@code manifest.ts} returns: a member set again keeps its first place. Values are
 * strings, booleans, lists of strings or of member objects. Immutable: {@link #with} makes a copy.
 */
final class Members {

    private final List<String> names;
    private final Map<String, Object> values;

    /** No members yet, of an object that may have the given ones. */
    Members(List<String> names) {
        this(names, Map.of());
    }

    private Members(List<String> names, Map<String, Object> values) {
        this.names = names;
        this.values = values;
    }

    Members with(String member, Object value) {
        if (!names.contains(member)) {
            throw new IllegalStateException("Not a member: " + member);
        }
        Map<String, Object> more = new LinkedHashMap<>(values);
        more.put(member, Objects.requireNonNull(value, member));
        return new Members(names, Collections.unmodifiableMap(more));
    }

    /** The members that were set, in the order they were first set. */
    Map<String, Object> asMap() {
        return values;
    }
}
