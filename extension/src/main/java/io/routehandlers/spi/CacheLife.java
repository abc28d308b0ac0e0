package io.routehandlers.spi;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How long a cached value lives (Next.js {@code cacheLife}): a route answer's or a cached method's. A store keeps it
 * with the entry ({@link CachedResponse#life()}); the extension decides from it, on every read, whether the entry is
 * fresh, stale (served once more while one regeneration runs) or expired (computed again before it is served).
 *
 * @param stale how long a browser may use the answer without asking ({@code max-age} of a cached route's answer);
 *     means nothing for a cached method
 * @param revalidate how long the entry is fresh; after that it is stale
 * @param expire how long after its render the entry may still be served stale; after that it is computed again while
 *     the request waits. Never shorter than {@code revalidate}
 */
public record CacheLife(Duration stale, Duration revalidate, Duration expire) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longer than any entry lives: {@code 2^32 - 2} seconds, Next.js's "never" (about 136 years). */
    public static final Duration NEVER = Duration.ofSeconds(0xFFFF_FFFEL);

    /** No bound at all: fresh until revalidated on demand, as a route with {@code revalidate = FOREVER}. */
    public static final CacheLife FOREVER = new CacheLife(NEVER, NEVER, NEVER);

    /** Checks that no duration is negative and that {@code expire} is not shorter than {@code revalidate}. */
    public CacheLife {
        Objects.requireNonNull(stale, "stale");
        Objects.requireNonNull(revalidate, "revalidate");
        Objects.requireNonNull(expire, "expire");
        if (stale.isNegative() || revalidate.isNegative() || expire.isNegative()) {
            throw new IllegalArgumentException(
                    "A cache life has no negative durations: " + describe(stale, revalidate, expire));
        }
        if (expire.compareTo(revalidate) < 0) {
            throw new IllegalArgumentException(
                    "A cache life expires no sooner than it goes stale: " + describe(stale, revalidate, expire));
        }
    }

    /**
     * A life in seconds.
     *
     * @param stale the browser's time
     * @param revalidate the fresh time
     * @param expire the time until the entry is not served any more
     * @return the life
     */
    public static CacheLife ofSeconds(long stale, long revalidate, long expire) {
        return new CacheLife(Duration.ofSeconds(stale), Duration.ofSeconds(revalidate), Duration.ofSeconds(expire));
    }

    /**
     * The life of a value built from this one and another, as Next.js nests them: each duration the shorter of the
     * two.
     *
     * @param other the other life
     * @return the shorter of each duration
     */
    public CacheLife shortest(CacheLife other) {
        if (other.equals(this) || other.equals(FOREVER)) {
            return this;
        }
        if (equals(FOREVER)) {
            return other;
        }
        return new CacheLife(min(stale, other.stale), min(revalidate, other.revalidate), min(expire, other.expire));
    }

    /**
     * The life left to a value of an age: what a value built from it now can count on (S-8.14). The browser's time is
     * kept; the fresh and expiry times are shortened by the age, never below zero, and "never" stays never.
     *
     * @param age how long ago the value's render started
     * @return the life left
     */
    public CacheLife left(Duration age) {
        if (age.isZero() || age.isNegative() || equals(FOREVER)) {
            return this;
        }
        return new CacheLife(stale, minus(revalidate, age), minus(expire, age));
    }

    private static Duration minus(Duration duration, Duration age) {
        if (duration.compareTo(NEVER) >= 0) {
            return duration;
        }
        Duration left = duration.minus(age);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Whether an entry rendered at one instant is fresh at another.
     *
     * @param age how long ago the entry's render started
     * @return {@code true} while the age is below {@link #revalidate}
     */
    public boolean fresh(Duration age) {
        return age.compareTo(revalidate) < 0;
    }

    /**
     * Whether an entry may still be served (stale, while one regeneration runs).
     *
     * @param age how long ago the entry's render started
     * @return {@code true} while the age is below {@link #expire}
     */
    public boolean servable(Duration age) {
        return age.compareTo(expire) < 0;
    }

    @Override
    public String toString() {
        return describe(stale, revalidate, expire);
    }

    private static String describe(Duration stale, Duration revalidate, Duration expire) {
        return "stale " + seconds(stale) + ", revalidate " + seconds(revalidate) + ", expire " + seconds(expire);
    }

    private static String seconds(Duration duration) {
        return duration.compareTo(NEVER) >= 0 ? "never" : duration.getSeconds() + "s";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
