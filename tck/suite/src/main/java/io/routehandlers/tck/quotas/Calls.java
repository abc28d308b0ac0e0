package io.routehandlers.tck.quotas;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How often each limited handler was called, for {@link Quotas.Count} to answer. */
@ApplicationScoped
public class Calls {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    void called(String handler) {
        calls.computeIfAbsent(handler, h -> new AtomicInteger()).incrementAndGet();
    }

    int calls(String handler) {
        AtomicInteger count = calls.get(handler);
        return count == null ? 0 : count.get();
    }
}
