package io.routehandlers.internal.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * The time of the route machinery: when cached answers were rendered and go stale, and the {@code Expires} of a
 * cookie with a max-age. The system clock, unless the in-process adapter sets another, so that a test moves time
 * forward instead of sleeping.
 */
@ApplicationScoped
public class RouteClock {

    private volatile Clock clock = Clock.systemUTC();

    /** The current instant. */
    public Instant now() {
        return clock.instant();
    }

    /** Uses another clock from now on. */
    public void use(Clock other) {
        this.clock = other;
    }
}
