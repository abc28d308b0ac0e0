package io.routehandlers.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves forward, for the route cache: {@code revalidate = 60} goes stale when the test
 * {@linkplain #advance advances} it 60 seconds, not after a minute of sleep.
 *
 * <pre>
 * TestClock clock = new TestClock();
 * RouteTester tester = RouteTester.builder().classes(PricesRoute.class).clock(clock).build();
 * clock.advance(Duration.ofSeconds(61));
 * </pre>
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    /** A clock at the current instant. */
    public TestClock() {
        this(Instant.now());
    }

    /**
     * A clock at an instant.
     *
     * @param start the instant
     */
    public TestClock(Instant start) {
        this.now = start;
    }

    /**
     * Moves the clock forward.
     *
     * @param duration how far
     */
    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
