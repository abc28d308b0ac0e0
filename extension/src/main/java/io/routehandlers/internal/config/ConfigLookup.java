package io.routehandlers.internal.config;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;

/** The configuration values the resolver reads: MicroProfile Config at run time, a map in tests. */
public interface ConfigLookup {

    /** The raw value of a key, as configured; empty when unset. */
    Optional<String> value(String key);

    /** The keys starting with {@code routehandlers.}, with where each comes from, sorted. */
    Map<String, String> routehandlersKeys();

    /** Lookup over MicroProfile Config (environment variables included, through its standard name mapping). */
    static ConfigLookup of(Config config) {
        return new ConfigLookup() {
            @Override
            public Optional<String> value(String key) {
                return Optional.ofNullable(config.getConfigValue(key).getRawValue());
            }

            @Override
            public Map<String, String> routehandlersKeys() {
                Map<String, String> keys = new TreeMap<>();
                StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                        .filter(name -> name.startsWith(RouteSettingsResolver.PREFIX))
                        .forEach(name -> {
                            ConfigValue value = config.getConfigValue(name);
                            keys.put(name, value.getSourceName() == null ? "configuration" : value.getSourceName());
                        });
                return keys;
            }
        };
    }

    /** Lookup over fixed values, all said to come from {@code source}. */
    static ConfigLookup of(Map<String, String> values, String source) {
        return new ConfigLookup() {
            @Override
            public Optional<String> value(String key) {
                return Optional.ofNullable(values.get(key));
            }

            @Override
            public Map<String, String> routehandlersKeys() {
                Map<String, String> keys = new TreeMap<>();
                values.keySet().stream()
                        .filter(k -> k.startsWith(RouteSettingsResolver.PREFIX))
                        .forEach(k -> keys.put(k, source));
                return keys;
            }
        };
    }
}
