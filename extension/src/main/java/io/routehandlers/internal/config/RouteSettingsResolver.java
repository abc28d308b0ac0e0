package io.routehandlers.internal.config;

import io.routehandlers.ConcurrencyLimit;
import io.routehandlers.Dynamic;
import io.routehandlers.RateLimit;
import io.routehandlers.RouteConfig;
import io.routehandlers.Socket;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteMessages;
import io.routehandlers.spi.CacheLife;
import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Resolves the application's {@link GlobalSettings} once and each route's {@link RouteSettings} (S-8.2, S-3.6,
 * S-4.4): the route's own configuration key, else its {@link RouteConfig} annotation, else the global key, else the
 * default; and reports every invalid value and every {@code routehandlers.} key that names no route or no option.
 * A key may also come in the environment-variable form of MicroProfile Config's mapping
 * ({@code ROUTEHANDLERS_CACHE_MAX_BYTES} for {@code routehandlers.cache.max-bytes}).
 */
public final class RouteSettingsResolver {

    /** The prefix of every key. */
    public static final String PREFIX = "routehandlers.";

    /** {@code routehandlers.route.<path>.<option>}. */
    public static final String ROUTE_PREFIX = PREFIX + "route.";

    static final String DYNAMIC = PREFIX + "dynamic";
    static final String REVALIDATE = PREFIX + "revalidate";
    static final String MAX_BYTES = PREFIX + "cache.max-bytes";
    static final String CACHE_STORE = PREFIX + "cache.store";
    static final String CACHE_LEASE = PREFIX + "cache.lease";
    /** Read by routehandlers-jcache; checked here, so that a wrong value fails deployment rather than the store. */
    static final String JCACHE_TIMEOUT = PREFIX + "cache.jcache.timeout-millis";

    static final String CACHE_BUILD_ID = PREFIX + "cache.build-id";
    static final String TRAILING_SLASH = PREFIX + "trailing-slash";
    static final String PROBLEM_DETAILS = PREFIX + "problem-details";
    static final String ETAG = PREFIX + "etag";
    static final String HEALTH_STORE_DOWN = PREFIX + "health.store-down";
    static final String EXECUTOR = PREFIX + "executor";
    static final String ASYNC_TIMEOUT = PREFIX + "async-timeout";
    static final String MAX_BODY_SIZE = PREFIX + "max-body-size";
    static final String MAX_FILE_SIZE = PREFIX + "max-file-size";
    static final String MAX_FORM_PARTS = PREFIX + "max-form-parts";
    static final String METADATA_BASE_URL = PREFIX + "metadata.base-url";
    static final String SSE_HEARTBEAT = PREFIX + "sse.heartbeat";
    static final String DRAFT_SECRET = PREFIX + "draft.secret";
    static final String TRUSTED_PROXIES = PREFIX + "trusted-proxies";
    static final String TRUSTED_PROXIES_HEADER = PREFIX + "trusted-proxies.header";
    /** {@code routehandlers.rate-limit.<name>}: a named rate limit for filters (S-16.5). */
    static final String RATE_LIMITER = PREFIX + "rate-limit.";

    private static final String SOCKET = RouteSettings.SOCKET;

    /** The limits of sockets (S-17.4), below {@code routehandlers.} or a route's prefix. */
    static final String SOCKET_MAX_MESSAGE_SIZE = "socket.max-message-size";

    static final String SOCKET_IDLE_TIMEOUT = "socket.idle-timeout";
    static final String SOCKET_MAX_QUEUED = "socket.max-queued";

    private static final String REVALIDATE_VALUES = "false (forever), 0 (never cache) or a positive number of seconds";
    private static final String DYNAMIC_VALUES = "auto, force-dynamic, error, force-static";
    private static final String SECONDS_VALUES = "0 (no limit) or a positive number of seconds";
    private static final String RATE_VALUES =
            "none, or requests/window with a window from 1s to 1d, such as 100/1m, 20/10s or 1000/1h";
    private static final Pattern RATE = Pattern.compile("([0-9]{1,18})/([0-9]{0,9})(s|m|h|d)");
    private static final Pattern WAIT = Pattern.compile("([0-9]{1,9})(ms|s)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** The longest a queued request may wait for a concurrency limit's place. */
    private static final Duration MAX_WAIT = Duration.ofHours(1);

    private static final List<String> ROUTE_OPTIONS = List.of(
            "dynamic",
            "revalidate",
            "dynamic-params",
            "life",
            "tags",
            "async-timeout",
            "max-body-size",
            "cors.origins",
            "cors.headers",
            "cors.exposed-headers",
            "cors.max-age",
            "cors.allow-credentials",
            "rate-limit",
            "rate-limit.per",
            "concurrency-limit",
            "concurrency-limit.queue",
            "concurrency-limit.max-wait",
            SOCKET_MAX_MESSAGE_SIZE,
            SOCKET_IDLE_TIMEOUT,
            SOCKET_MAX_QUEUED,
            "etag");
    private static final List<String> GLOBAL_KEYS = List.of(
            DYNAMIC,
            REVALIDATE,
            MAX_BYTES,
            CACHE_STORE,
            CACHE_LEASE,
            CACHE_BUILD_ID,
            LifeProfiles.PREFIX + "<name>.stale|revalidate|expire",
            // The JCache store's own keys (routehandlers-jcache, S-12.1), read by that module.
            PREFIX + "cache.jcache.cache-name",
            PREFIX + "cache.jcache.provider",
            PREFIX + "cache.jcache.uri",
            JCACHE_TIMEOUT,
            TRAILING_SLASH,
            PROBLEM_DETAILS,
            ETAG,
            ASYNC_TIMEOUT,
            MAX_BODY_SIZE,
            MAX_FILE_SIZE,
            MAX_FORM_PARTS,
            METADATA_BASE_URL,
            SSE_HEARTBEAT,
            DRAFT_SECRET,
            HEALTH_STORE_DOWN,
            EXECUTOR,
            PREFIX + "cors.origins",
            PREFIX + "cors.headers",
            PREFIX + "cors.exposed-headers",
            PREFIX + "cors.max-age",
            PREFIX + "cors.allow-credentials",
            TRUSTED_PROXIES,
            TRUSTED_PROXIES_HEADER,
            RATE_LIMITER + "<name>",
            Versioning.FROM,
            Versioning.NAME,
            Versioning.DEFAULT_VERSION,
            Versioning.SUPPORTED,
            Versioning.PREFIX + "<version>.deprecation|sunset|link",
            PREFIX + SOCKET_MAX_MESSAGE_SIZE,
            PREFIX + SOCKET_IDLE_TIMEOUT,
            PREFIX + SOCKET_MAX_QUEUED);

    private final ConfigLookup config;
    private final List<DeploymentProblem> problems;
    private final GlobalSettings global;
    private final SocketPolicy globalSocket;
    private final boolean globalEtag;

    /**
     * A resolver over a configuration; the global settings are resolved here, once.
     *
     * @param config the configuration
     * @param problems receives every problem found
     */
    public RouteSettingsResolver(ConfigLookup config, List<DeploymentProblem> problems) {
        this.config = config;
        this.problems = problems;
        GlobalSettings d = GlobalSettings.DEFAULT;
        long maxBodySize = size(MAX_BODY_SIZE).orElse(d.maxBodySize());
        this.global = new GlobalSettings(
                config.value(TRAILING_SLASH)
                        .flatMap(v -> bool(TRAILING_SLASH, v))
                        .orElse(d.trailingSlash()),
                size(MAX_BYTES).orElse(d.cacheMaxBytes()),
                parsed(
                                CACHE_STORE,
                                "memory, or the name of a store such as jcache",
                                v -> Optional.of(v.trim()).filter(n -> n.matches("[A-Za-z0-9._-]+")))
                        .orElse(d.cacheStore()),
                parsed(
                                CACHE_LEASE,
                                "a positive number of seconds up to 86400",
                                v -> number(v).filter(n -> n > 0 && n <= 86_400).map(Duration::ofSeconds))
                        .orElse(d.cacheLease()),
                parsed(
                                CACHE_BUILD_ID,
                                "1 to 100 letters, digits and . _ : + -, such as the application's version",
                                v -> Optional.of(v.trim()).filter(id -> id.matches("[A-Za-z0-9._:+-]{1,100}")))
                        .orElse(d.cacheBuildId()),
                seconds(ASYNC_TIMEOUT).orElse(d.asyncTimeout()),
                maxBodySize,
                size(MAX_FILE_SIZE).orElse(d.maxFileSize()),
                size(MAX_FORM_PARTS)
                        .map(n -> (int) Math.min(n, Integer.MAX_VALUE))
                        .orElse(d.maxFormParts()),
                parsed(
                                METADATA_BASE_URL,
                                "an absolute http or https URL, such as https://shop.example",
                                v -> Optional.of(v.endsWith("/") ? v.substring(0, v.length() - 1) : v)
                                        .filter(RouteSettingsResolver::absoluteHttpUrl))
                        .orElse(d.metadataBaseUrl()),
                parsed(
                                SSE_HEARTBEAT,
                                "0 (no heartbeat) or a number of seconds up to 86400",
                                v -> number(v)
                                        .filter(n -> n >= 0 && n <= 86_400)
                                        .map(Duration::ofSeconds))
                        .orElse(d.sseHeartbeat()),
                config.value(PROBLEM_DETAILS)
                        .flatMap(v -> bool(PROBLEM_DETAILS, v))
                        .orElse(d.problemDetails()),
                trustedProxies(),
                rateLimiters(),
                LifeProfiles.resolve(config, problems),
                draftSecret(),
                Versioning.resolve(config, problems),
                config.value(HEALTH_STORE_DOWN)
                        .flatMap(v -> bool(HEALTH_STORE_DOWN, v))
                        .orElse(d.healthStoreDown()),
                parsed(
                                EXECUTOR,
                                "the JNDI name of a managed executor, such as java:app/concurrent/virtual",
                                v -> Optional.of(v.trim()).filter(n -> !n.isEmpty() && !n.contains(" ")))
                        .orElse(d.executor()));
        parsed(
                JCACHE_TIMEOUT,
                "a number of milliseconds from 100 to 60000",
                v -> number(v).filter(n -> n >= 100 && n <= 60_000));
        dynamic(DYNAMIC);
        revalidate(REVALIDATE);
        this.globalEtag = config.value(ETAG).flatMap(v -> bool(ETAG, v)).orElse(false);
        SocketPolicy s = SocketPolicy.DEFAULT;
        this.globalSocket = new SocketPolicy(
                size(PREFIX + SOCKET_MAX_MESSAGE_SIZE).orElse(s.maxMessageSize()),
                seconds(PREFIX + SOCKET_IDLE_TIMEOUT).orElse(s.idleTimeout()),
                size(PREFIX + SOCKET_MAX_QUEUED).orElse(s.maxQueued()));
    }

    /** The application-wide settings. */
    public GlobalSettings global() {
        return global;
    }

    /**
     * The settings of one route.
     *
     * @param type the route class
     * @param handlers its handlers' methods, by HTTP method
     * @param declared its path as declared
     * @param route the class and path, for messages
     * @param cachedByDefault whether the route is cached unless configured otherwise: a {@code @StaticParams} method,
     *     a metadata route
     */
    public RouteSettings resolve(
            Class<?> type, Map<String, Method> handlers, String declared, String route, boolean cachedByDefault) {
        RouteConfig annotation = type.getAnnotation(RouteConfig.class);
        String key = ROUTE_PREFIX + declared + ".";

        Dynamic dynamic = dynamic(key + "dynamic")
                .or(() -> annotation == null || annotation.dynamic() == Dynamic.AUTO
                        ? Optional.empty()
                        : Optional.of(annotation.dynamic()))
                .or(() -> dynamic(DYNAMIC))
                .orElse(Dynamic.AUTO);

        Optional<Long> revalidate = revalidate(key + "revalidate");
        if (revalidate.isEmpty() && annotation != null && annotation.revalidate() != RouteConfig.UNSET) {
            int seconds = annotation.revalidate();
            if (seconds < RouteConfig.FOREVER) {
                problems.add(RouteMessages.invalidAnnotation(
                        route,
                        "revalidate = " + seconds,
                        "RouteConfig.FOREVER, 0 (never cache) or a positive number of seconds"));
            } else {
                revalidate = Optional.of(seconds == RouteConfig.FOREVER ? RouteSettings.FOREVER : (long) seconds);
            }
        }
        if (revalidate.isEmpty()) {
            revalidate = revalidate(REVALIDATE);
        }

        // Configuration replaces the annotation's choice between a profile and revalidate; one source naming both is
        // RH-060.
        boolean configuredLife = config.value(key + "life").isPresent();
        boolean configuredRevalidate = config.value(key + "revalidate").isPresent();
        boolean annotatedRevalidate = annotation != null && annotation.revalidate() != RouteConfig.UNSET;
        String lifeProfile = configuredLife
                ? config.value(key + "life").orElseThrow().trim()
                : configuredRevalidate || annotation == null
                        ? ""
                        : annotation.life().trim();
        CacheLife life = RouteSettings.UNBOUNDED;
        if (!lifeProfile.isEmpty()) {
            boolean both = configuredLife ? configuredRevalidate : annotatedRevalidate;
            CacheLife profile = global.lifeProfiles().get(lifeProfile);
            if (profile == null) {
                problems.add(RouteMessages.unknownLifeProfile(
                        route, lifeProfile, global.lifeProfiles().keySet()));
            } else if (both && revalidate.isPresent()) {
                long seconds = revalidate.get();
                problems.add(RouteMessages.lifeAndRevalidate(
                        route, lifeProfile, seconds == RouteSettings.FOREVER ? "forever" : seconds + "s"));
            } else {
                life = profile;
                revalidate = Optional.of(profile.revalidate().getSeconds());
            }
        } else if (revalidate.isPresent() && revalidate.get() > 0) {
            life = new CacheLife(Duration.ZERO, Duration.ofSeconds(revalidate.get()), CacheLife.NEVER);
        }

        boolean dynamicParams = config.value(key + "dynamic-params")
                .flatMap(v -> bool(key + "dynamic-params", v))
                .orElse(annotation == null || annotation.dynamicParams());

        List<String> tags = config.value(key + "tags")
                .map(RouteSettingsResolver::tags)
                .orElse(
                        annotation == null
                                ? List.of()
                                : Arrays.stream(annotation.tags())
                                        .map(String::trim)
                                        .filter(t -> !t.isEmpty())
                                        .toList());

        return new RouteSettings(
                dynamic,
                revalidate.orElse(RouteSettings.FOREVER),
                revalidate.isPresent(),
                dynamicParams,
                tags,
                lifeProfile,
                life,
                cachedByDefault,
                seconds(key + "async-timeout").orElse(global.asyncTimeout()),
                size(key + "max-body-size").orElse(global.maxBodySize()),
                cors(key, route),
                rateLimits(type, handlers, key, declared, route),
                concurrencyLimits(type, handlers, key, declared, route),
                socket(handlers.get(RouteSettings.SOCKET), key, route),
                config.value(key + "etag")
                        .flatMap(v -> bool(key + "etag", v))
                        .orElseGet(() -> (annotation != null && annotation.etag()) || globalEtag));
    }

    /**
     * The limits of the route's sockets (S-17.4): configuration, else the {@code @Socket} method's attributes, else the
     * application's defaults.
     */
    private SocketPolicy socket(Method method, String key, String route) {
        if (method == null) {
            return SocketPolicy.DEFAULT;
        }
        Socket annotation = method.getAnnotation(Socket.class);
        SocketPolicy d = globalSocket;
        return new SocketPolicy(
                size(key + SOCKET_MAX_MESSAGE_SIZE)
                        .or(() -> positive(annotation.maxMessageSize(), route, "maxMessageSize"))
                        .orElse(d.maxMessageSize()),
                seconds(key + SOCKET_IDLE_TIMEOUT)
                        .or(() -> annotation.idleTimeout() == Socket.UNSET
                                ? Optional.empty()
                                : zeroOrMore(annotation.idleTimeout(), route, "idleTimeout")
                                        .map(Duration::ofSeconds))
                        .orElse(d.idleTimeout()),
                size(key + SOCKET_MAX_QUEUED)
                        .or(() -> positive(annotation.maxQueued(), route, "maxQueued"))
                        .orElse(d.maxQueued()));
    }

    /** An annotation's size attribute, unless unset; not positive is a problem. */
    private Optional<Long> positive(long value, String route, String attribute) {
        if (value == Socket.UNSET) {
            return Optional.empty();
        }
        if (value <= 0) {
            problems.add(
                    RouteMessages.invalidAnnotation(route, attribute + " = " + value, "a positive number of bytes"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** An annotation's seconds attribute; negative is a problem. */
    private Optional<Long> zeroOrMore(long value, String route, String attribute) {
        if (value < 0) {
            problems.add(RouteMessages.invalidAnnotation(route, attribute + " = " + value, SECONDS_VALUES));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * The trusted proxies (S-16.1): addresses and CIDR ranges, separated by commas, and the forwarding header they
     * write.
     */
    private TrustedProxies trustedProxies() {
        List<TrustedProxies.Range> ranges = new ArrayList<>();
        for (String text : list(config.value(TRUSTED_PROXIES))) {
            TrustedProxies.Range.parse(text)
                    .ifPresentOrElse(
                            ranges::add,
                            () -> invalid(
                                    TRUSTED_PROXIES,
                                    text,
                                    "IP addresses and CIDR ranges separated by commas, such as 10.0.0.0/8, 192.0.2.7, fd00::/8"));
        }
        String header = parsed(
                        TRUSTED_PROXIES_HEADER,
                        "X-Forwarded-For, Forwarded",
                        v -> v.equalsIgnoreCase(TrustedProxies.X_FORWARDED_FOR)
                                ? Optional.of(TrustedProxies.X_FORWARDED_FOR)
                                : v.equalsIgnoreCase(TrustedProxies.FORWARDED)
                                        ? Optional.of(TrustedProxies.FORWARDED)
                                        : Optional.empty())
                .orElse(TrustedProxies.X_FORWARDED_FOR);
        return new TrustedProxies(ranges, header);
    }

    /** The key draft cookies are signed with (S-8.16): at least 32 characters, so that it cannot be guessed. */
    private String draftSecret() {
        Optional<String> secret = config.value(DRAFT_SECRET);
        if (secret.isPresent() && secret.get().length() < 32) {
            // The value is a secret: the message shows its length, never the value.
            problems.add(RouteMessages.invalidValue(
                    DRAFT_SECRET,
                    "(" + secret.get().length() + " characters)",
                    source(DRAFT_SECRET),
                    "a secret of at least 32 characters, such as 32 random bytes in base64"));
            return "";
        }
        return secret.orElse("");
    }

    /** The named rate limits filters apply (S-16.5): {@code routehandlers.rate-limit.<name>=100/1m}. */
    private Map<String, RateLimitPolicy> rateLimiters() {
        Map<String, RateLimitPolicy> limiters = new TreeMap<>();
        for (String key : config.routehandlersKeys().keySet()) {
            if (!key.startsWith(RATE_LIMITER)) {
                continue;
            }
            String name = key.substring(RATE_LIMITER.length());
            if (!NAME.matcher(name).matches()) {
                invalid(
                        key,
                        config.value(key).orElse(""),
                        "a key routehandlers.rate-limit.<name> with a name of " + "letters, digits, '-' and '_'");
                continue;
            }
            Optional<Optional<Rate>> rate = rate(key);
            if (rate.isPresent() && rate.get().isEmpty()) {
                // A filter would fail on every request naming it: a limit it applies is a limit.
                invalid(key, "none", "requests/window with a window from 1s to 1d, such as 100/1m (not none)");
            }
            rate.flatMap(r -> r)
                    .ifPresent(r -> limiters.put(
                            name, new RateLimitPolicy(name, r.requests(), r.window(), RateLimit.Per.GLOBAL)));
        }
        return limiters;
    }

    /**
     * The rate limit of each handler (S-16.2): the route's {@code rate-limit} key for every handler (one count), else
     * the handler's {@code @RateLimit} (its own count), else the class's (one count); {@code rate-limit.per} changes
     * whose requests are counted together in any of them.
     */
    private Map<String, RateLimitPolicy> rateLimits(
            Class<?> type, Map<String, Method> handlers, String key, String declared, String route) {
        Optional<Optional<Rate>> configured = rate(key + "rate-limit");
        Optional<RateLimit.Per> per = parsed(key + "rate-limit.per", "client, user, global", v -> {
            for (RateLimit.Per p : RateLimit.Per.values()) {
                if (p.name().equalsIgnoreCase(v)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        });
        RateLimit onClass = type.getAnnotation(RateLimit.class);
        Optional<Rate> classRate = Optional.ofNullable(onClass).flatMap(a -> rate(a, "class " + route));
        Map<String, RateLimitPolicy> limits = new TreeMap<>();
        handlers.forEach((method, java) -> {
            RateLimit onHandler = java.getAnnotation(RateLimit.class);
            Optional<Rate> handlerRate = Optional.ofNullable(onHandler).flatMap(a -> rate(a, describe(java)));
            Optional<Rate> rate;
            String name;
            RateLimit.Per declaredPer;
            if (configured.isPresent()) {
                rate = configured.get();
                name = declared;
                declaredPer = onClass == null ? RateLimit.Per.CLIENT : onClass.per();
            } else if (onHandler != null) {
                rate = handlerRate;
                name = declared + " " + method;
                declaredPer = onHandler.per();
            } else {
                rate = classRate;
                name = declared;
                declaredPer = onClass == null ? RateLimit.Per.CLIENT : onClass.per();
            }
            rate.ifPresent(r ->
                    limits.put(method, new RateLimitPolicy(name, r.requests(), r.window(), per.orElse(declaredPer))));
        });
        strayLimits(type, handlers, RateLimit.class);
        return limits;
    }

    /**
     * The concurrency limit of each handler (S-16.3): the route's {@code concurrency-limit} key for every handler (one
     * limit), else the handler's {@code @ConcurrencyLimit} (its own), else the class's (one limit);
     * {@code concurrency-limit.queue} and {@code .max-wait} change the queue of any of them.
     */
    private Map<String, ConcurrencyPolicy> concurrencyLimits(
            Class<?> type, Map<String, Method> handlers, String key, String declared, String route) {
        Optional<Optional<Integer>> configured = parsed(
                key + "concurrency-limit",
                "none, or a positive number of requests",
                v -> v.equals("none")
                        ? Optional.of(Optional.<Integer>empty())
                        : number(v).filter(n -> n > 0 && n <= Integer.MAX_VALUE).map(n -> Optional.of(n.intValue())));
        Optional<Integer> queue = parsed(
                key + "concurrency-limit.queue",
                "0 or a positive number of requests",
                v -> number(v).filter(n -> n >= 0 && n <= Integer.MAX_VALUE).map(Long::intValue));
        Optional<Duration> maxWait =
                parsed(key + "concurrency-limit.max-wait", "a duration from 1ms to 1 hour, such as 500ms or 2s", v -> {
                    Matcher m = WAIT.matcher(v);
                    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                        return Optional.empty();
                    }
                    Duration wait = m.group(2).equals("ms")
                            ? Duration.ofMillis(Long.parseLong(m.group(1)))
                            : Duration.ofSeconds(Long.parseLong(m.group(1)));
                    return wait.compareTo(MAX_WAIT) <= 0 ? Optional.of(wait) : Optional.empty();
                });
        ConcurrencyLimit onClass = type.getAnnotation(ConcurrencyLimit.class);
        Optional<ConcurrencyPolicy> classLimit =
                Optional.ofNullable(onClass).flatMap(a -> concurrency(a, declared, "class " + route));
        Map<String, ConcurrencyPolicy> limits = new TreeMap<>();
        handlers.forEach((method, java) -> {
            ConcurrencyLimit onHandler = java.getAnnotation(ConcurrencyLimit.class);
            Optional<ConcurrencyPolicy> limit;
            if (method.equals(SOCKET)) {
                // Sockets hold their place while open: only the socket handler's own limit counts them (S-17.4), so
                // that open sockets never take the places of the route's HTTP requests.
                limit = onHandler == null
                        ? Optional.empty()
                        : concurrency(onHandler, declared + " socket", describe(java));
            } else if (configured.isPresent()) {
                limit = configured
                        .get()
                        .map(n -> new ConcurrencyPolicy(
                                declared,
                                n,
                                classLimit.map(ConcurrencyPolicy::queue).orElse(0),
                                classLimit.map(ConcurrencyPolicy::maxWait).orElse(Duration.ofSeconds(1))));
            } else if (onHandler != null) {
                limit = concurrency(onHandler, declared + " " + method, describe(java));
            } else {
                limit = classLimit;
            }
            limit.ifPresent(l -> limits.put(
                    method,
                    new ConcurrencyPolicy(l.name(), l.limit(), queue.orElse(l.queue()), maxWait.orElse(l.maxWait()))));
        });
        strayLimits(type, handlers, ConcurrencyLimit.class);
        return limits;
    }

    /** Reports a limit annotation on a method of the route class that is no handler. */
    private void strayLimits(Class<?> type, Map<String, Method> handlers, Class<? extends Annotation> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(annotation)
                        && !method.isBridge()
                        && !method.isSynthetic()
                        && !handlers.containsValue(method)
                        && !isHandler(method)) {
                    problems.add(RouteMessages.limitOnNoHandler(describe(method), "@" + annotation.getSimpleName()));
                }
            }
        }
    }

    /** Whether a method is a handler of some kind: a variant of a method (S-18.1) has limits reported elsewhere. */
    private static boolean isHandler(Method method) {
        return method.isAnnotationPresent(Socket.class)
                || Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    /** {@code com.acme.Items#get}, for messages. */
    private static String describe(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }

    /** A rate as a key gives it: empty when unset, an empty rate for {@code none}. */
    private Optional<Optional<Rate>> rate(String key) {
        return parsed(key, RATE_VALUES, v -> {
            if (v.equals("none")) {
                return Optional.of(Optional.empty());
            }
            Matcher m = RATE.matcher(v);
            if (!m.matches()) {
                return Optional.empty();
            }
            long requests = Long.parseLong(m.group(1));
            long amount = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
            Duration unit = switch (m.group(3)) {
                case "s" -> Duration.ofSeconds(1);
                case "m" -> Duration.ofMinutes(1);
                case "h" -> Duration.ofHours(1);
                default -> Duration.ofDays(1);
            };
            Duration window = unit.multipliedBy(amount);
            return requests > 0 && amount > 0 && window.compareTo(RateLimitPolicy.MAX_WINDOW) <= 0
                    ? Optional.of(Optional.of(new Rate(requests, window)))
                    : Optional.empty();
        });
    }

    /** The rate of an annotation, reported when out of range. */
    private Optional<Rate> rate(RateLimit annotation, String where) {
        Duration window = duration(annotation.window(), annotation.windowUnit());
        if (annotation.value() <= 0
                || window == null
                || window.toSeconds() < 1
                || window.getNano() != 0
                || window.compareTo(RateLimitPolicy.MAX_WINDOW) > 0) {
            problems.add(RouteMessages.invalidLimit(
                    where,
                    "@RateLimit(value = " + annotation.value() + ", window = " + annotation.window() + ", windowUnit = "
                            + "ChronoUnit." + annotation.windowUnit().name() + ")",
                    "a positive value and a window of whole seconds from 1 second to 1 day"));
            return Optional.empty();
        }
        return Optional.of(new Rate(annotation.value(), window));
    }

    /** The limit of an annotation, reported when out of range. */
    private Optional<ConcurrencyPolicy> concurrency(ConcurrencyLimit annotation, String name, String where) {
        Duration wait = duration(annotation.maxWait(), annotation.maxWaitUnit());
        if (annotation.value() <= 0
                || annotation.queue() < 0
                || wait == null
                || wait.isNegative()
                || wait.isZero()
                || wait.compareTo(MAX_WAIT) > 0) {
            problems.add(RouteMessages.invalidLimit(
                    where,
                    "@ConcurrencyLimit(value = " + annotation.value() + ", queue = " + annotation.queue()
                            + ", maxWait = " + annotation.maxWait() + ", maxWaitUnit = ChronoUnit."
                            + annotation.maxWaitUnit().name()
                            + ")",
                    "a positive value, a queue of 0 or more, and a positive maxWait of at most an hour"));
            return Optional.empty();
        }
        return Optional.of(new ConcurrencyPolicy(name, annotation.value(), annotation.queue(), wait));
    }

    /** An amount of a unit as a duration; {@code null} for an estimated unit (months) or an overflow. */
    private static Duration duration(long amount, ChronoUnit unit) {
        try {
            // A day is exact here (Duration's own DAYS), though ChronoUnit calls it estimated (daylight saving).
            return unit != ChronoUnit.DAYS && unit.isDurationEstimated() ? null : Duration.of(amount, unit);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** Requests per window. */
    private record Rate(long requests, Duration window) {}

    /**
     * A route's CORS policy: each {@code cors.} option of the route's keys, else the global one (S-13.4). Credentials
     * with any origin ({@code *}) are a problem: browsers refuse them, and allowing them for every site would be a
     * hole.
     */
    private CorsPolicy cors(String routeKey, String route) {
        Function<String, Optional<String>> value =
                option -> config.value(routeKey + option).or(() -> config.value(PREFIX + option));
        Function<String, String> key =
                option -> config.value(routeKey + option).isPresent() ? routeKey + option : PREFIX + option;
        List<String> origins = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        for (String origin : list(value.apply("cors.origins"))) {
            if (origin.length() > 2 && origin.startsWith("/") && origin.endsWith("/")) {
                try {
                    patterns.add(Pattern.compile(origin.substring(1, origin.length() - 1)));
                } catch (PatternSyntaxException e) {
                    invalid(key.apply("cors.origins"), origin, "origins, *, or regular expressions between /.../");
                }
            } else {
                origins.add(origin);
            }
        }
        long maxAge = value.apply("cors.max-age")
                .flatMap(v -> {
                    Optional<Long> n = number(v.trim()).filter(s -> s >= 0);
                    if (n.isEmpty()) {
                        invalid(key.apply("cors.max-age"), v, "0 or a positive number of seconds");
                    }
                    return n;
                })
                .orElse(CorsPolicy.OFF.maxAge());
        boolean credentials = value.apply("cors.allow-credentials")
                .flatMap(v -> bool(key.apply("cors.allow-credentials"), v))
                .orElse(false);
        if (credentials && origins.contains("*")) {
            String where = key.apply("cors.allow-credentials");
            DeploymentProblem problem = RouteMessages.corsCredentialsWithAnyOrigin(
                    where.startsWith(ROUTE_PREFIX) ? "Route " + route : "The configuration", where);
            if (!problems.contains(problem)) {
                problems.add(problem); // a global key is reported once, not per route
            }
        }
        return new CorsPolicy(
                origins,
                patterns,
                list(value.apply("cors.headers")),
                list(value.apply("cors.exposed-headers")),
                maxAge,
                credentials);
    }

    private static List<String> list(Optional<String> value) {
        return value.map(v -> Arrays.stream(v.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    /**
     * Reports every {@code routehandlers.} key that is no option or names no route.
     *
     * @param declaredPaths the paths of the application's routes, as declared
     * @param wholeApplication whether those are all of the application's routes; when not, a key of another route
     *     is no problem, a key that is no option still is
     */
    public void checkKeys(Collection<String> declaredPaths, boolean wholeApplication) {
        Set<String> paths = new TreeSet<>(declaredPaths);
        Set<String> environmentForms = new HashSet<>();
        GLOBAL_KEYS.forEach(k -> environmentForms.add(environmentForm(k)));
        for (String path : paths) {
            ROUTE_OPTIONS.forEach(o -> environmentForms.add(environmentForm(ROUTE_PREFIX + path + "." + o)));
        }
        for (Map.Entry<String, String> entry : config.routehandlersKeys().entrySet()) {
            String key = entry.getKey();
            String source = entry.getValue();
            if (GLOBAL_KEYS.contains(key)
                    || key.startsWith(RATE_LIMITER)
                    || key.startsWith(LifeProfiles.PREFIX)
                    || key.startsWith(Versioning.PREFIX)) {
                continue; // a named limiter's, profile's or version's name is checked as its value is read
            }
            Optional<String> option = key.startsWith(ROUTE_PREFIX)
                    ? ROUTE_OPTIONS.stream().filter(o -> key.endsWith("." + o)).findFirst()
                    : Optional.empty();
            if (option.isPresent()) {
                String path = key.substring(
                        ROUTE_PREFIX.length(), key.length() - option.get().length() - 1);
                if (!paths.contains(path) && wholeApplication) {
                    problems.add(RouteMessages.keyNamesNoRoute(key, source, path, List.copyOf(paths)));
                }
            } else if (!environmentForms.contains(environmentForm(key))) {
                problems.add(RouteMessages.unknownKey(key, source, GLOBAL_KEYS, ROUTE_OPTIONS));
            }
        }
    }

    /**
     * A key as MicroProfile Config looks it up among environment variables: each character other than a letter or
     * a digit replaced by {@code _}, in upper case. A key read back from the environment (in whichever form the
     * implementation lists it) has the same form as the key it sets.
     */
    static String environmentForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private Optional<Dynamic> dynamic(String key) {
        return parsed(key, DYNAMIC_VALUES, v -> Dynamic.fromConfigValue(v));
    }

    private Optional<Long> revalidate(String key) {
        return parsed(
                key,
                REVALIDATE_VALUES,
                v -> v.equals("false")
                        ? Optional.of(RouteSettings.FOREVER)
                        : number(v).filter(n -> n >= 0));
    }

    private Optional<Duration> seconds(String key) {
        return parsed(key, SECONDS_VALUES, v -> number(v).filter(n -> n >= 0).map(Duration::ofSeconds));
    }

    private Optional<Long> size(String key) {
        return parsed(
                key, "a positive whole number, such as 10485760", v -> number(v).filter(n -> n > 0));
    }

    private Optional<Boolean> bool(String key, String value) {
        String v = value.trim();
        if (v.equals("true") || v.equals("false")) {
            return Optional.of(Boolean.parseBoolean(v));
        }
        invalid(key, value, "true, false");
        return Optional.empty();
    }

    /** The value of a key parsed, or empty when unset; an unparsable value is reported. */
    private <T> Optional<T> parsed(String key, String allowed, Function<String, Optional<T>> parser) {
        return config.value(key).flatMap(value -> {
            Optional<T> result = parser.apply(value.trim());
            if (result.isEmpty()) {
                invalid(key, value, allowed);
            }
            return result;
        });
    }

    private static boolean absoluteHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void invalid(String key, String value, String allowed) {
        DeploymentProblem problem = RouteMessages.invalidValue(key, value, source(key), allowed);
        if (!problems.contains(problem)) {
            problems.add(problem);
        }
    }

    private String source(String key) {
        return config.routehandlersKeys().getOrDefault(key, "environment");
    }

    private static List<String> tags(String value) {
        List<String> tags = new ArrayList<>();
        for (String tag : value.split(",")) {
            if (!tag.isBlank()) {
                tags.add(tag.trim());
            }
        }
        return tags;
    }
}
