package io.routehandlers.sample;

import io.routehandlers.SseEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;

/**
 * One tick a second for every subscriber of {@code /api/clock}, published on the server's managed executors. A
 * client that cannot keep up misses a tick ({@code offer}) instead of holding the others back.
 */
@ApplicationScoped
public class Ticks {

    @Resource
    ManagedScheduledExecutorService executor;

    private SubmissionPublisher<SseEvent> publisher;
    private ScheduledFuture<?> ticking;

    @PostConstruct
    void start() {
        publisher = new SubmissionPublisher<>(executor, 16);
        ticking = executor.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    /** The publisher every client subscribes to. */
    public Flow.Publisher<SseEvent> publisher() {
        return publisher;
    }

    private void tick() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        publisher.offer(SseEvent.data(now.toString()).event("tick").id(Long.toString(now.getEpochSecond())), null);
    }

    @PreDestroy
    void stop() {
        ticking.cancel(false);
        publisher.close();
    }
}
