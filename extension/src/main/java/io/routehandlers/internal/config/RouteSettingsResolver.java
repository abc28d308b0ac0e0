package io.routehandlers.internal.config;

import io.routehandlers.Dynamic;
import io.routehandlers.RouteConfig;
import io.routehandlers.internal.scan.DeploymentProblem;
import io.routehandlers.internal.scan.RouteMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves each route's {@link RouteSettings} (S-8.2): the route's own configuration key, else its
 * {@link RouteConfig} annotation, else the global key, else the default; and reports every invalid value and
 * every {@code routehandlers.} key that names no route or no option.
 */
public final class RouteSettingsResolver {

    /** The prefix of every key. */
    public static final String PREFIX = "routehandlers.";

    /** {@code routehandlers.route.<path>.<option>}. */
    public static final String ROUTE_PREFIX = PREFIX + "route.";

    /** The default {@code dynamic} of every route. */
    public static final String DYNAMIC = PREFIX + "dynamic";

    /** The default {@code revalidate} of every route. */
    public static final String REVALIDATE = PREFIX + "revalidate";

    /** The byte budget of the in-memory cache. */
    public static final String MAX_BYTES = PREFIX + "cache.max-bytes";

    /** Serve {@code /x/} like {@code /x} instead of redirecting. */
    public static final String TRAILING_SLASH = PREFIX + "trailing-slash";

    /** The default byte budget: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private static final String REVALIDATE_VALUES = "false (forever), 0 (never cache) or a positive number of seconds";
    private static final String DYNAMIC_VALUES = "auto, force-dynamic, error, force-static";
    private static final List<String> ROUTE_OPTIONS = List.of("dynamic", "revalidate", "dynamic-params", "tags");
    private static final Set<String> GLOBAL_KEYS = Set.of(DYNAMIC, REVALIDATE, MAX_BYTES, TRAILING_SLASH);

    private final ConfigLookup config;
    private final List<DeploymentProblem> problems;

    /**
     * A resolver over a configuration.
     *
     * @param config the configuration
     * @param problems receives every problem found
     */
    public RouteSettingsResolver(ConfigLookup config, List<DeploymentProblem> problems) {
        this.config = config;
        this.problems = problems;
    }

    /**
     * The settings of one route.
     *
     * @param type the route class
     * @param declared its path as declared
     * @param route the class and path, for messages
     * @param staticParams whether the class has a {@code @StaticParams} method
     */
    public RouteSettings resolve(Class<?> type, String declared, String route, boolean staticParams) {
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
                staticParams);
    }

    /**
     * Reports every {@code routehandlers.} key that is no option, names no route, or has an invalid global value.
     *
     * @param declaredPaths the paths of the application's routes, as declared
     */
    public void checkKeys(Collection<String> declaredPaths) {
        Set<String> paths = new TreeSet<>(declaredPaths);
        for (Map.Entry<String, String> entry : config.routehandlersKeys().entrySet()) {
            String key = entry.getKey();
            String source = entry.getValue();
            if (GLOBAL_KEYS.contains(key)) {
                checkGlobal(key);
            } else if (!key.startsWith(ROUTE_PREFIX)) {
                problems.add(RouteMessages.unknownKey(key, source));
            } else {
                String rest = key.substring(ROUTE_PREFIX.length());
                Optional<String> option = ROUTE_OPTIONS.stream()
                        .filter(o -> rest.endsWith("." + o))
                        .findFirst();
                if (option.isEmpty()) {
                    problems.add(RouteMessages.unknownKey(key, source));
                    continue;
                }
                String path = rest.substring(0, rest.length() - option.get().length() - 1);
                if (!paths.contains(path)) {
                    problems.add(RouteMessages.keyNamesNoRoute(key, source, path, List.copyOf(paths)));
                }
            }
        }
    }

    /** The cache's byte budget, {@link #DEFAULT_MAX_BYTES} unless configured. */
    public long maxBytes() {
        return config.value(MAX_BYTES).flatMap(v -> positive(MAX_BYTES, v)).orElse(DEFAULT_MAX_BYTES);
    }

    /** Whether {@code /x/} is served like {@code /x}. */
    public boolean serveTrailingSlash() {
        return config.value(TRAILING_SLASH)
                .flatMap(v -> bool(TRAILING_SLASH, v))
                .orElse(false);
    }

    private void checkGlobal(String key) {
        switch (key) {
            case DYNAMIC -> dynamic(key);
            case REVALIDATE -> revalidate(key);
            case MAX_BYTES -> maxBytes();
            default -> serveTrailingSlash();
        }
    }

    private Optional<Dynamic> dynamic(String key) {
        return config.value(key).flatMap(value -> {
            Optional<Dynamic> mode = Dynamic.fromConfigValue(value.trim());
            if (mode.isEmpty()) {
                invalid(key, value, DYNAMIC_VALUES);
            }
            return mode;
        });
    }

    private Optional<Long> revalidate(String key) {
        return config.value(key).flatMap(value -> {
            String v = value.trim();
            if (v.equals("false")) {
                return Optional.of(RouteSettings.FOREVER);
            }
            try {
                long seconds = Long.parseLong(v);
                if (seconds >= 0) {
                    return Optional.of(seconds);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            invalid(key, value, REVALIDATE_VALUES);
            return Optional.empty();
        });
    }

    private Optional<Boolean> bool(String key, String value) {
        String v = value.trim();
        if (v.equals("true") || v.equals("false")) {
            return Optional.of(Boolean.parseBoolean(v));
        }
        invalid(key, value, "true, false");
        return Optional.empty();
    }

    private Optional<Long> positive(String key, String value) {
        try {
            long bytes = Long.parseLong(value.trim());
            if (bytes > 0) {
                return Optional.of(bytes);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        invalid(key, value, "a positive number of bytes, such as 67108864");
        return Optional.empty();
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
