package io.routehandlers.tck.filters;

import io.routehandlers.RouteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** The calls of each handler and the outcomes the filters were told of, for the {@link Tally} route to answer. */
@ApplicationScoped
public class Counts {

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final List<String> outcomes = new CopyOnWriteArrayList<>();

    void called(String route) {
        calls.computeIfAbsent(route, r -> new AtomicInteger()).incrementAndGet();
    }

    int calls(String route) {
        AtomicInteger count = calls.get(route);
        return count == null ? 0 : count.get();
    }

    void outcome(RouteOutcome outcome) {
        outcomes.add(outcome.method() + " " + outcome.route() + " " + outcome.pathname() + " " + outcome.status()
                + (outcome.duration().isNegative() ? " negative" : ""));
    }

    List<String> outcomes() {
        return List.copyOf(outcomes);
    }
}
