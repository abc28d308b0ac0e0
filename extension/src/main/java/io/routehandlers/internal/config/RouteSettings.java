package io.routehandlers.internal.config;

import io.routehandlers.Dynamic;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The resolved config of one route: its segment config (annotation, then configuration on top) and its limits.
 *
 * @param dynamic the {@code dynamic} mode
 * @param revalidate seconds an answer stays fresh, {@link #FOREVER}, or {@code 0} (never cache)
 * @param revalidateSet whether {@code revalidate} was set (annotation or configuration) rather than defaulted
 * @param dynamicParams whether params not listed by {@code @StaticParams} render on demand
 * @param tags the cache tags
 * @param cachedByDefault whether the route is cached when nothing says otherwise: it has a {@code @StaticParams}
 *     method, or it is a metadata route (S-9.6)
 * @param asyncTimeout how long an async handler may take, {@link Duration#ZERO} for no limit (S-3.6)
 * @param maxBodySize the most bytes a request body may have (S-4.4)
 * @param cors the route's CORS policy (S-13.4)
 * @param rateLimits the rate limit of each limited handler, by HTTP method (S-16.2)
 * @param concurrencyLimits the concurrency limit of each limited handler, by HTTP method (S-16.3)
 */
public record RouteSettings(
        Dynamic dynamic,
        long revalidate,
        boolean revalidateSet,
        boolean dynamicParams,
        List<String> tags,
        boolean cachedByDefault,
        Duration asyncTimeout,
        long maxBodySize,
        CorsPolicy cors,
        Map<String, RateLimitPolicy> rateLimits,
        Map<String, ConcurrencyPolicy> concurrencyLimits) {

    /** {@code revalidate=false}: fresh until revalidated on demand or redeployed. */
    public static final long FOREVER = -1;

    /** The settings of a route with no config at all: not cached, default limits. */
    public static final RouteSettings DEFAULT = new RouteSettings(
            Dynamic.AUTO,
            FOREVER,
            false,
            true,
            List.of(),
            false,
            GlobalSettings.DEFAULT.asyncTimeout(),
            GlobalSettings.DEFAULT.maxBodySize(),
            CorsPolicy.OFF,
            Map.of(),
            Map.of());

    public RouteSettings {
        tags = List.copyOf(tags);
        rateLimits = Map.copyOf(rateLimits);
        concurrencyLimits = Map.copyOf(concurrencyLimits);
    }

    /** Whether the route's {@code GET} answers are cached (S-8.3). */
    public boolean cached() {
        if (dynamic == Dynamic.FORCE_DYNAMIC || (revalidateSet && revalidate == 0)) {
            return false;
        }
        return dynamic == Dynamic.FORCE_STATIC || dynamic == Dynamic.ERROR || revalidateSet || cachedByDefault;
    }

    /** Whether cached answers go stale after {@link #revalidate} seconds. */
    public boolean expires() {
        return revalidate > 0;
    }

    /** The {@code Cache-Control} of a cached answer whose handler set none (S-8.8). */
    public String cacheControl() {
        return expires()
                ? "s-maxage=" + revalidate + ", stale-while-revalidate=" + Math.max(0, 31_536_000 - revalidate)
                : "s-maxage=31536000";
    }

    /** The revalidate column of the route table: {@code 60s}, {@code forever}, or empty when not cached. */
    public String revalidateText() {
        if (!cached()) {
            return "";
        }
        return expires() ? revalidate + "s" : "forever";
    }
}
