package io.routehandlers.tck.semantics;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts calls by name, for tests that tell whether a handler ran. */
@ApplicationScoped
public class Counter {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** Counts one more call, and returns the count. */
    public int next(String name) {
        return counts.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    }

    /** The calls so far. */
    public int count(String name) {
        AtomicInteger count = counts.get(name);
        return count == null ? 0 : count.get();
    }
}
