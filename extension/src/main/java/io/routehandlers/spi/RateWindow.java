package io.routehandlers.spi;

import java.time.Duration;
import java.time.Instant;

/**
 * A rate limit's window of one key after a server took requests from it (S-16.4): what
 * {@link ResponseCacheStore#take} answers.
 *
 * @param start when the window started: the first request of the key since the previous window ended
 * @param count how many requests the window has given out, to every server, those just taken included
 * @param taken how many requests were just taken: as many as asked, fewer when the window had fewer left, none when
 *     it was full (which leaves it unchanged)
 */
public record RateWindow(Instant start, long count, long taken) {

    /**
     * The window after a server took requests from it.
     *
     * @param current the key's window, or {@code null} when it has none
     * @param requests how many requests the server asks for, at least one; it gets at most {@link #share} of what the
     *     window has left
     * @param limit how many requests a window allows
     * @param length how long a window lasts
     * @param now the time of the request
     * @return a new window, when there was none or the current one ended; else the current one with what was taken
     *     added, or unchanged when it is full
     */
    public static RateWindow next(RateWindow current, long requests, long limit, Duration length, Instant now) {
        if (current == null || !now.isBefore(current.start.plus(length))) {
            long taken = Math.min(requests, share(limit));
            return new RateWindow(now, taken, taken);
        }
        long left = limit - current.count;
        long taken = left <= 0 ? 0 : Math.min(requests, share(left));
        return new RateWindow(current.start, current.count + taken, taken);
    }

    /**
     * How many requests a server may take at once from a window that has this many left (S-16.4): one while 100 or
     * fewer are left, so that the last ones go to the servers whose clients ask for them; else a sixteenth of what is
     * left, at most 1,000, which the server gives out without asking the store again.
     *
     * @param left the requests the window has left, at least one
     * @return how many to take at most
     */
    public static long share(long left) {
        return left <= 100 ? 1 : Math.min(1_000, left / 16);
    }
}
