package io.routehandlers.internal.config;

import io.routehandlers.Dynamic;
import io.routehandlers.spi.CacheLife;
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
 * @param lifeProfile the cache life profile the route names (S-8.12), empty when none
 * @param life how long its answers live: the profile's life, else {@code revalidate} seconds fresh and served stale
 *     without end, else {@link #UNBOUNDED}
 * @param cachedByDefault whether the route is cached when nothing says otherwise: it has a {@code @StaticParams}
 *     method, or it is a metadata route (S-9.6)
 * @param asyncTimeout how long an async handler may take, {@link Duration#ZERO} for no limit (S-3.6)
 * @param maxBodySize the most bytes a request body may have (S-4.4)
 * @param cors the route's CORS policy (S-13.4)
 * @param rateLimits the rate limit of each limited handler, by HTTP method (S-16.2)
 * @param concurrencyLimits the concurrency limit of each limited handler, by HTTP method (S-16.3)
 * @param socket the limits of the route's WebSockets (S-17.4)
 * @param etag whether answers of safe methods get an {@code ETag} from their bytes and {@code 304}s (S-18.5)
 */
public record RouteSettings(
        Dynamic dynamic,
        long revalidate,
        boolean revalidateSet,
        boolean dynamicParams,
        List<String> tags,
        String lifeProfile,
        CacheLife life,
        boolean cachedByDefault,
        Duration asyncTimeout,
        long maxBodySize,
        CorsPolicy cors,
        Map<String, RateLimitPolicy> rateLimits,
        Map<String, ConcurrencyPolicy> concurrencyLimits,
        SocketPolicy socket,
        boolean etag) {

    /**
     * The key of a route's {@code @Socket} handler among its handlers by HTTP method: no client's method, since the
     * upgrade is a {@code GET} with {@code Upgrade: websocket} (S-17.1).
     */
    public static final String SOCKET = "WEBSOCKET";

    /** {@code revalidate=false}: fresh until revalidated on demand or redeployed. */
    public static final long FOREVER = -1;

    /** The life of a route's answers when it names no profile and no {@code revalidate} time: no browser time. */
    public static final CacheLife UNBOUNDED = new CacheLife(Duration.ZERO, CacheLife.NEVER, CacheLife.NEVER);

    /** The settings of a route with no config at all: not cached, default limits. */
    public static final RouteSettings DEFAULT = new RouteSettings(
            Dynamic.AUTO,
            FOREVER,
            false,
            true,
            List.of(),
            "",
            UNBOUNDED,
            false,
            GlobalSettings.DEFAULT.asyncTimeout(),
            GlobalSettings.DEFAULT.maxBodySize(),
            CorsPolicy.OFF,
            Map.of(),
            Map.of(),
            SocketPolicy.DEFAULT,
            false);

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

    /** Whether cached answers go stale: after {@code revalidate} seconds, or as the route's profile says. */
    public boolean expires() {
        return life.revalidate().compareTo(CacheLife.NEVER) < 0;
    }

    /** The {@code Cache-Control} of a cached answer whose handler set none, and whose render chose no life (S-8.8). */
    public String cacheControl() {
        return cacheControl(life);
    }

    /**
     * The {@code Cache-Control} of a cached answer that lives as long as {@code life} (S-8.8, S-8.12): {@code max-age}
     * the profile's {@code stale} time, when it has one; {@code s-maxage} its {@code revalidate} time; and
     * {@code stale-while-revalidate} until it expires (or a year, when it never does).
     *
     * @param life the answer's life
     * @return the header's value
     */
    public static String cacheControl(CacheLife life) {
        long year = 31_536_000;
        String browser = life.stale().isZero()
                ? ""
                : "max-age=" + Math.min(year, life.stale().getSeconds()) + ", ";
        if (life.revalidate().compareTo(CacheLife.NEVER) >= 0) {
            return browser + "s-maxage=" + year;
        }
        long revalidate = Math.min(year, life.revalidate().getSeconds());
        long stale = life.expire().compareTo(CacheLife.NEVER) >= 0
                ? year - revalidate
                : Math.min(year, life.expire().getSeconds()) - revalidate;
        return browser + "s-maxage=" + revalidate + ", stale-while-revalidate=" + Math.max(0, stale);
    }

    /** The revalidate column of the route table: {@code 60s}, {@code forever}, a profile's name, or empty when not cached. */
    public String revalidateText() {
        if (!cached()) {
            return "";
        }
        if (!lifeProfile.isEmpty()) {
            return lifeProfile;
        }
        return expires() ? revalidate + "s" : "forever";
    }
}
