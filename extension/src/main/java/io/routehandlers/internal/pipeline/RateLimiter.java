package io.routehandlers.internal.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.routehandlers.internal.config.RateLimitPolicy;
import io.routehandlers.internal.config.TrustedProxies;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.spi.RateWindow;
import io.routehandlers.spi.ResponseCacheStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Counts requests against rate limits (S-16.2, S-16.4, S-16.5). A window starts with a key's first request and gives
 * out the limit until it ends; a request over it is refused and not counted.
 *
 * <p>Where the store counts for the cluster (the JCache store), the windows live there, and this server takes requests
 * from a key's window ({@link ResponseCacheStore#take}): one at a time while little is left, else a share of what is
 * left ({@link RateWindow#share}), which it gives out from memory without asking the store again; one request of this
 * server at a time asks for a share, the others meanwhile for one. So the servers together never give out more than the limit, and a limit far from reached
 * costs a store call per share rather than per request. Elsewhere, and for a while after the store failed, each server
 * counts alone, in memory.
 *
 * <p>What is held in memory is bounded ({@link #MAX_KEYS}, Caffeine dropping the least used, whose clients then start
 * a new window, or whose share is lost to the window) and leaves memory when its window ends.
 */
final class RateLimiter {

    /** How many keys memory holds at most. */
    static final long MAX_KEYS = 100_000;

    /** As many as the window's share rule allows ({@link RateWindow#share}). */
    private static final long A_SHARE = Long.MAX_VALUE;

    private final ResponseCacheStore store;
    private final Supplier<Instant> clock;
    private final TrustedProxies proxies;
    private final Map<String, RateLimitPolicy> named;
    /** The policies' names as structured-field strings, and their {@code RateLimit-Policy} values. */
    private final Map<RateLimitPolicy, String[]> fields = new ConcurrentHashMap<>();
    /** Whether the store ever counted: until then (a store of one server), no share is marked as being taken. */
    private volatile boolean storeCounts;
    /** The keys a request of this server is taking a share of now. */
    private final Set<String> taking = ConcurrentHashMap.newKeySet();

    private final Cache<String, Held> local = Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            // Upkeep on the requests' threads, a little at a time, rather than a task on the common pool per count.
            .executor(Runnable::run)
            .expireAfter(new Expiry<String, Held>() {
                @Override
                public long expireAfterCreate(String key, Held value, long now) {
                    return value.left.toNanos();
                }

                @Override
                public long expireAfterUpdate(String key, Held value, long now, long current) {
                    return value.left.toNanos();
                }

                @Override
                public long expireAfterRead(String key, Held value, long now, long current) {
                    return current;
                }
            })
            .build();

    /**
     * A limiter.
     *
     * @param store the answer store, asked to count first
     * @param clock the time of windows
     * @param proxies who the client of a request is
     * @param named the named limits of filters
     */
    RateLimiter(
            ResponseCacheStore store,
            Supplier<Instant> clock,
            TrustedProxies proxies,
            Map<String, RateLimitPolicy> named) {
        this.store = store;
        this.clock = clock;
        this.proxies = proxies;
        this.named = Map.copyOf(named);
    }

    /**
     * What memory holds of a key's window.
     *
     * @param start when the window started
     * @param count how many requests the window gave out: on this server alone, or to every server as the store last
     *     said (this server's unused share included)
     * @param spare the requests of this server's share not given out yet; none when it counts alone
     * @param shared whether the window lives in the store
     * @param left how long the window lasts from now, after which memory forgets it
     */
    private record Held(Instant start, long count, long spare, boolean shared, Duration left) {}

    /**
     * Counts a request of a route's handler, keyed as its policy says.
     *
     * @return the decision, which gives the headers of the answer
     */
    Decision count(RateLimitPolicy policy, Exchange exchange) {
        String key = switch (policy.per()) {
            case GLOBAL -> "*";
            case USER -> exchange.user().map(user -> "user " + user.getName()).orElseGet(() -> client(exchange));
            case CLIENT -> client(exchange);
        };
        return count(policy, key);
    }

    /**
     * Counts a request against a named limit, under a key of a filter's choosing.
     *
     * @throws IllegalArgumentException when no limit has that name
     */
    Decision count(String limiter, String key) {
        RateLimitPolicy policy = named.get(limiter);
        if (policy == null) {
            throw new IllegalArgumentException("No rate limit named '" + limiter + "': "
                    + (named.isEmpty()
                            ? "configure one, such as routehandlers.rate-limit." + limiter + "=100/1m"
                            : "the configured ones are " + String.join(", ", named.keySet())));
        }
        if (key == null) {
            throw new IllegalArgumentException("The key of rate limit '" + limiter + "' is null");
        }
        return count(policy, "key " + key);
    }

    /** The client's address of a request (S-16.1). */
    String clientAddress(Exchange exchange) {
        return proxies.client(exchange.remoteAddress(), exchange::headers);
    }

    /** The client's address as a key: an IPv6 client by its {@code /64} network. */
    private String client(Exchange exchange) {
        return proxies.clientIp(exchange.remoteAddress(), exchange::headers)
                .map(ip -> ip.ipv6() ? "client " + ip.prefix(64) + "/64" : "client " + ip)
                .orElseGet(() -> "client " + exchange.remoteAddress());
    }

    private Decision count(RateLimitPolicy policy, String key) {
        String full = policy.name() + "\n" + key;
        Instant now = clock.get();
        long limit = policy.requests();
        Duration length = policy.window();
        String[] names = fields.computeIfAbsent(policy, RateLimiter::fields);
        // A request from this server's share of a shared window, or over a shared window that was full (it stays so
        // until it ends: nothing is given back): no call to the store.
        Held[] spent = new Held[1];
        boolean[] fromShare = new boolean[1];
        local.asMap().computeIfPresent(full, (k, held) -> {
            if (held.shared && now.isBefore(held.start.plus(length)) && (held.spare > 0 || held.count >= limit)) {
                fromShare[0] = held.spare > 0;
                spent[0] = new Held(
                        held.start, held.count, Math.max(0, held.spare - 1), true, left(held.start, length, now));
                return spent[0];
            }
            return held;
        });
        if (spent[0] != null) {
            return new Decision(
                    policy, spent[0].start, limit - spent[0].count + spent[0].spare, fromShare[0], now, names);
        }
        boolean marked = storeCounts && taking.add(full);
        boolean share = marked || !storeCounts;
        Optional<RateWindow> taken;
        try {
            taken = store.take(full, share ? A_SHARE : 1, limit, length, now);
        } finally {
            if (marked) {
                taking.remove(full);
            }
        }
        if (taken.isPresent()) {
            storeCounts = true;
            RateWindow window = taken.get();
            Held held = local.asMap()
                    .merge(
                            full,
                            new Held(
                                    window.start(),
                                    window.count(),
                                    Math.max(0, window.taken() - 1),
                                    true,
                                    left(window.start(), length, now)),
                            // Another request of this server took a share of the same window meanwhile: both are kept.
                            (current, fresh) -> current.shared && current.start.equals(fresh.start)
                                    ? new Held(
                                            fresh.start,
                                            Math.max(current.count, fresh.count),
                                            current.spare + fresh.spare,
                                            true,
                                            fresh.left)
                                    : fresh);
            boolean allowed = window.taken() > 0;
            return new Decision(
                    policy, window.start(), allowed ? limit - held.count + held.spare : 0, allowed, now, names);
        }
        // Counted here alone: the store does not count, failed, or was too busy. A shared window still running is
        // counted on from what the store last said, so that a failing store does not give a fresh limit.
        boolean[] counted = new boolean[1];
        Held alone = local.asMap().compute(full, (k, held) -> {
            RateWindow next = RateWindow.next(
                    held == null ? null : new RateWindow(held.start, held.count, 0), 1, limit, length, now);
            counted[0] = next.taken() > 0;
            return new Held(next.start(), next.count(), 0, false, left(next.start(), length, now));
        });
        return new Decision(policy, alone.start, limit - alone.count, counted[0], now, names);
    }

    /** How long a window lasts from now; none when another server's clock started it later than this one's ends. */
    private static Duration left(Instant start, Duration length, Instant now) {
        Duration left = Duration.between(now, start.plus(length));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A policy's name as a structured-field string, and its {@code RateLimit-Policy} value. */
    private static String[] fields(RateLimitPolicy policy) {
        String name = Decision.name(policy.name());
        return new String[] {
            name, name + ";q=" + policy.requests() + ";w=" + policy.window().toSeconds()
        };
    }

    /**
     * What a count decided, and the headers that tell it (draft-ietf-httpapi-ratelimit-headers-11).
     *
     * @param policy the limit
     * @param start when the key's window started
     * @param remaining how many requests the window has left, as this server knows
     * @param allowed whether the request is within the limit
     * @param now the time of the request
     * @param fields the policy's name as a structured-field string, and its {@code RateLimit-Policy} value
     */
    record Decision(
            RateLimitPolicy policy, Instant start, long remaining, boolean allowed, Instant now, String[] fields) {

        /** The whole seconds until the window ends, at least one. */
        long reset() {
            Duration left = Duration.between(now, start.plus(policy.window()));
            return Math.max(1, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
        }

        /** {@code RateLimit-Policy} and {@code RateLimit}, for every answer of a limited handler. */
        List<Map.Entry<String, String>> headers() {
            return List.of(
                    Map.entry("RateLimit-Policy", fields[1]),
                    Map.entry("RateLimit", fields[0] + ";r=" + Math.max(0, remaining) + ";t=" + reset()));
        }

        /** {@code 429} with {@code Retry-After} and the limit's headers; the handler is not called (S-16.2). */
        Answer refusal() {
            return Answer.empty(429).headers(headers()).header("Retry-After", Long.toString(reset()));
        }

        /** A policy's name as a structured-field string: printable ASCII, quotes and backslashes escaped. */
        static String name(String name) {
            StringBuilder text = new StringBuilder("\"");
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c == '"' || c == '\\') {
                    text.append('\\').append(c);
                } else {
                    text.append(c >= 0x20 && c < 0x7F ? c : '_');
                }
            }
            return text.append('"').toString();
        }
    }
}
