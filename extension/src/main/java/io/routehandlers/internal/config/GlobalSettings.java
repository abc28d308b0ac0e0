package io.routehandlers.internal.config;

import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.spi.CacheLife;
import java.time.Duration;
import java.util.Map;

/**
 * The application-wide settings, resolved once at deployment from MicroProfile Config (or their defaults on a
 * server without it) and read from there by every part of the request path.
 *
 * @param trailingSlash whether {@code /x/} is served like {@code /x} instead of redirected (S-1.6)
 * @param cacheMaxBytes the byte budget of the in-memory answer cache (S-8.11)
 * @param asyncTimeout the default time an async handler may take; {@link Duration#ZERO} for no limit (S-3.6)
 * @param maxBodySize the default most bytes of a request body (S-4.4)
 * @param maxFileSize the most bytes of one file part of a multipart form (S-4.4); {@link Long#MAX_VALUE} when not set,
 *     which leaves each route's body limit as the bound
 * @param maxFormParts the most parts or fields of a form (S-4.4)
 * @param metadataBaseUrl the site's absolute URL without a trailing {@code /}, for the {@code <loc>}s of sitemap
 *     indexes (S-9.2); empty when not set
 * @param cacheStore the name of the answer store ({@code memory}: the application's unqualified store bean, else the
 *     in-memory one), S-12.1
 * @param cacheLease how long a shared store's lease on one regeneration holds at most (S-12.4)
 * @param cacheBuildId the build that answers rendered here come from, for a shared store (S-12.2); empty when not set,
 *     which derives it from the route classes
 * @param sseHeartbeat the silence after which an event stream sends a comment line (S-11.2); {@link Duration#ZERO}
 *     for none
 * @param problemDetails whether the extension's own error answers are RFC 9457 problem details (S-15.5)
 * @param trustedProxies the proxies whose forwarding header names the client (S-16.1)
 * @param rateLimiters the named rate limits filters apply with a key of their own, by name (S-16.5)
 * @param lifeProfiles the cache life profiles, built-in and configured, by name (S-8.12)
 * @param draftSecret the key draft cookies are signed with (S-8.16); empty when not set, which makes one per server
 * @param versioning where requests name their API version, and the versions being retired (S-18.2)
 * @param healthStoreDown whether the readiness check is down while the answer store fails (S-13.6)
 * @param executor the JNDI name of the managed executor that runs stream bodies, {@code after()} tasks and background
 *     renders (S-11.7): Jakarta Concurrency's default one unless the application names its own, such as one with
 *     virtual threads
 */
public record GlobalSettings(
        boolean trailingSlash,
        long cacheMaxBytes,
        String cacheStore,
        Duration cacheLease,
        String cacheBuildId,
        Duration asyncTimeout,
        long maxBodySize,
        long maxFileSize,
        int maxFormParts,
        String metadataBaseUrl,
        Duration sseHeartbeat,
        boolean problemDetails,
        TrustedProxies trustedProxies,
        Map<String, RateLimitPolicy> rateLimiters,
        Map<String, CacheLife> lifeProfiles,
        String draftSecret,
        Versioning versioning,
        boolean healthStoreDown,
        String executor) {

    /** The default managed executor every Jakarta EE 10 server with Concurrency provides. */
    public static final String DEFAULT_EXECUTOR = BackgroundExecutor.DEFAULT_MANAGED_EXECUTOR;

    /** The name of the default answer store. */
    public static final String MEMORY_STORE = "memory";

    /** 10 MiB: the default body limit. */
    public static final long DEFAULT_MAX_BODY_SIZE = 10L * 1024 * 1024;

    /** Every default: what a server without MicroProfile Config runs with. */
    public static final GlobalSettings DEFAULT = new GlobalSettings(
            false,
            64L * 1024 * 1024,
            MEMORY_STORE,
            Duration.ofSeconds(30),
            "",
            Duration.ofSeconds(30),
            DEFAULT_MAX_BODY_SIZE,
            Long.MAX_VALUE,
            1000,
            "",
            Duration.ofSeconds(15),
            false,
            TrustedProxies.NONE,
            Map.of(),
            LifeProfiles.BUILT_IN,
            "",
            Versioning.DEFAULT,
            false,
            DEFAULT_EXECUTOR);

    /** The settings, the draft secret hidden: a log line or a failed assertion must not show it. */
    @Override
    public String toString() {
        return "GlobalSettings[cacheStore=" + cacheStore + ", cacheMaxBytes=" + cacheMaxBytes + ", draftSecret="
                + (draftSecret.isEmpty() ? "none" : "(set)") + ", ...]";
    }

    public GlobalSettings {
        rateLimiters = Map.copyOf(rateLimiters);
        lifeProfiles = Map.copyOf(lifeProfiles);
    }
}
