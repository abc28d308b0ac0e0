package io.routehandlers.internal.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.routehandlers.internal.config.RateLimitPolicy;
import io.routehandlers.internal.config.TrustedProxies;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.http.IpAddress;
import io.routehandlers.spi.RateWindow;
import io.routehandlers.spi.ResponseCacheStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Counts requests against rate limits (S-16.2, S-16.4, S-16.5): in the store when it counts for the cluster (the JCache
 * store), else in memory, per server. A window starts with a key's first request and allows the limit until it ends;
 * a request over it is refused and not counted. The in-memory counts are bounded ({@link #MAX_KEYS}, Caffeine evicting
 * the least used, whose clients then start a new window) and leave memory once their window ended.
 */
final class RateLimiter {

    /** How many keys the in-memory counts hold at most. */
    static final long MAX_KEYS = 100_000;

    private final ResponseCacheStore store;
    private final Supplier<Instant> clock;
    private final TrustedProxies proxies;
    private final Map<String, RateLimitPolicy> named;
    private final Cache<String, Counted> local = Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            .expireAfter(new Expiry<String, Counted>() {
                @Override
                public long expireAfterCreate(String key, Counted value, long now) {
                    return value.length.toNanos();
                }

                @Override
                public long expireAfterUpdate(String key, Counted value, long now, long current) {
                    return value.window.counted() ? value.length.toNanos() : current;
                }

                @Override
                public long expireAfterRead(String key, Counted value, long now, long current) {
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

    /** A window's count in memory, with the window's length, which sets when it leaves memory. */
    private record Counted(RateWindow window, Duration length) {}

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
        String address = clientAddress(exchange);
        return IpAddress.parse(address)
                .filter(IpAddress::ipv6)
                .map(ip -> "client " + ip.prefix(64) + "/64")
                .orElse("client " + address);
    }

    private Decision count(RateLimitPolicy policy, String key) {
        String full = policy.name() + "\n" + key;
        Instant now = clock.get();
        Optional<RateWindow> shared = store.count(full, policy.requests(), policy.window(), now);
        RateWindow window = shared.orElseGet(() -> local.asMap()
                .compute(
                        full,
                        (k, current) -> new Counted(
                                RateWindow.next(
                                        current == null ? null : current.window,
                                        policy.requests(),
                                        policy.window(),
                                        now),
                                policy.window()))
                .window);
        return new Decision(policy, window, now);
    }

    /**
     * What a count decided, and the headers that tell it (draft-ietf-httpapi-ratelimit-headers-11).
     *
     * @param policy the limit
     * @param window the key's window after the request
     * @param now the time of the request
     */
    record Decision(RateLimitPolicy policy, RateWindow window, Instant now) {

        /** Whether the request is within the limit. */
        boolean allowed() {
            return window.counted();
        }

        /** The whole seconds until the window ends, at least one. */
        long reset() {
            Duration left = Duration.between(now, window.start().plus(policy.window()));
            return Math.max(1, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
        }

        /** {@code RateLimit-Policy} and {@code RateLimit}, for every answer of a limited handler. */
        List<Map.Entry<String, String>> headers() {
            String name = name(policy.name());
            return List.of(
                    Map.entry(
                            "RateLimit-Policy",
                            name + ";q=" + policy.requests() + ";w="
                                    + policy.window().toSeconds()),
                    Map.entry(
                            "RateLimit",
                            name + ";r=" + Math.max(0, policy.requests() - window.count()) + ";t=" + reset()));
        }

        /** {@code 429} with {@code Retry-After} and the limit's headers; the handler is not called (S-16.2). */
        Answer refusal() {
            return Answer.empty(429).headers(headers()).header("Retry-After", Long.toString(reset()));
        }

        /** A policy's name as a structured-field string: printable ASCII, quotes and backslashes escaped. */
        private static String name(String name) {
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
