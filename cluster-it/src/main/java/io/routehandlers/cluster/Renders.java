package io.routehandlers.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** How many times this server rendered the cached route. */
@ApplicationScoped
public class Renders {

    private final AtomicInteger count = new AtomicInteger();

    int next() {
        return count.incrementAndGet();
    }

    int count() {
        return count.get();
    }
}
