package io.routehandlers.spi;

import java.time.Duration;
import java.time.Instant;

/**
 * A rate limit's window of one key after a request was counted, or refused (S-16.4): what
 * {@link ResponseCacheStore#count} answers.
 *
 * @param start when the window started: the first request of the key since the previous window ended
 * @param count how many requests the window counted, this one included when it was counted
 * @param counted whether this request was counted: {@code false} when the window was full, which leaves it unchanged
 */
public record RateWindow(Instant start, long count, boolean counted) {

    /**
     * The window after one more request.
     *
     * @param current the key's window, or {@code null} when it has none
     * @param limit how many requests a window allows
     * @param length how long a window lasts
     * @param now the time of the request
     * @return a new window, counting this request, when there was none or the current one ended; else the current one
     *     with this request counted, or unchanged and not counted when it is full
     */
    public static RateWindow next(RateWindow current, long limit, Duration length, Instant now) {
        if (current == null || !now.isBefore(current.start.plus(length))) {
            return new RateWindow(now, 1, true);
        }
        return current.count < limit
                ? new RateWindow(current.start, current.count + 1, true)
                : new RateWindow(current.start, current.count, false);
    }
}
