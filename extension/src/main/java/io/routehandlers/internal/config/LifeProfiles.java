package io.routehandlers.internal.config;

import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteMessages;
import io.routehandlers.spi.CacheLife;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The cache life profiles of an application (S-8.12), by name: Next.js's built-in ones, and those configured as
 * {@code routehandlers.cache.life.<name>.stale|revalidate|expire}, which may also change a built-in one. A profile of
 * another name is found among the keys the configuration lists (a properties file, system properties); a built-in
 * one's keys are also looked up by name, so an environment variable changes it too.
 */
public final class LifeProfiles {

    /** {@code routehandlers.cache.life.}: the prefix of every profile key. */
    static final String PREFIX = RouteSettingsResolver.PREFIX + "cache.life.";

    /** The profile of a cached method that names none, and of a configured profile's missing values. */
    public static final String DEFAULT = "default";

    private static final Duration NEVER = CacheLife.NEVER;

    /** Next.js 16's profiles ({@code next/cache} {@code cacheLife}), in seconds. */
    static final Map<String, CacheLife> BUILT_IN = builtIn();

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final List<String> FIELDS = List.of("stale", "revalidate", "expire");
    private static final String SECONDS = "a whole number of seconds, or never";

    private LifeProfiles() {}

    private static Map<String, CacheLife> builtIn() {
        Map<String, CacheLife> profiles = new LinkedHashMap<>();
        profiles.put(DEFAULT, new CacheLife(Duration.ofMinutes(5), Duration.ofMinutes(15), NEVER));
        profiles.put("seconds", CacheLife.ofSeconds(30, 1, 60));
        profiles.put("minutes", CacheLife.ofSeconds(300, 60, 3_600));
        profiles.put("hours", CacheLife.ofSeconds(300, 3_600, 86_400));
        profiles.put("days", CacheLife.ofSeconds(300, 86_400, 604_800));
        profiles.put("weeks", CacheLife.ofSeconds(300, 604_800, 2_592_000));
        profiles.put("max", new CacheLife(Duration.ofMinutes(5), Duration.ofDays(30), NEVER));
        return Map.copyOf(profiles);
    }

    /**
     * The built-in profiles with the configured ones on top. A configured profile takes the values it does not set
     * from the built-in profile of its name, else from {@code default}.
     *
     * @param config the configuration
     * @param problems receives a value that is no number (RH-032) and a profile that expires before it goes stale or
     *     is never fresh (RH-059)
     * @return every profile, by name
     */
    static Map<String, CacheLife> resolve(ConfigLookup config, List<DeploymentProblem> problems) {
        Map<String, Map<String, Duration>> configured = new TreeMap<>();
        // The keys of built-in profiles are looked up by name too: an environment variable is found only that way.
        Map<String, String> keys = new TreeMap<>(config.routehandlersKeys());
        for (String name : BUILT_IN.keySet()) {
            for (String field : FIELDS) {
                String key = PREFIX + name + "." + field;
                if (!keys.containsKey(key) && config.value(key).isPresent()) {
                    keys.put(key, "environment");
                }
            }
        }
        for (Map.Entry<String, String> key : keys.entrySet()) {
            if (!key.getKey().startsWith(PREFIX)) {
                continue;
            }
            String rest = key.getKey().substring(PREFIX.length());
            int dot = rest.lastIndexOf('.');
            String name = dot < 0 ? rest : rest.substring(0, dot);
            String field = dot < 0 ? "" : rest.substring(dot + 1);
            String value = config.value(key.getKey()).orElse("").trim();
            if (!NAME.matcher(name).matches() || !FIELDS.contains(field)) {
                problems.add(RouteMessages.invalidValue(
                        key.getKey(),
                        value,
                        key.getValue(),
                        "keys routehandlers.cache.life.<name>.stale, .revalidate and .expire, with a name of letters,"
                                + " digits, '-' and '_'"));
                continue;
            }
            Optional<Duration> seconds = seconds(value);
            if (seconds.isEmpty()) {
                problems.add(RouteMessages.invalidValue(key.getKey(), value, key.getValue(), SECONDS));
                continue;
            }
            configured.computeIfAbsent(name, n -> new TreeMap<>()).put(field, seconds.get());
        }
        Map<String, CacheLife> profiles = new TreeMap<>(BUILT_IN);
        configured.forEach((name, fields) -> {
            CacheLife base = BUILT_IN.getOrDefault(name, BUILT_IN.get(DEFAULT));
            Duration stale = fields.getOrDefault("stale", base.stale());
            Duration revalidate = fields.getOrDefault("revalidate", base.revalidate());
            Duration expire = fields.getOrDefault("expire", base.expire());
            if (revalidate.isZero() || expire.compareTo(revalidate) < 0) {
                problems.add(RouteMessages.badLifeProfile(name, stale, revalidate, expire));
            } else {
                profiles.put(name, new CacheLife(stale, revalidate, expire));
            }
        });
        return Map.copyOf(profiles);
    }

    private static Optional<Duration> seconds(String value) {
        if (value.equals("never")) {
            return Optional.of(NEVER);
        }
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds, 0xFFFF_FFFEL)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
