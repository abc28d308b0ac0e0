package io.routehandlers.internal.openapi;

import jakarta.json.bind.Jsonb;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The property naming of the JSON-B routes write with (S-15.6), for the OpenAPI schemas of routes: found by writing a
 * probe object with it and comparing its one name with JSON-B's standard strategies (a custom strategy cannot be
 * read back: its schemas keep the Java names, and the log says so).
 */
public final class PropertyNaming {

    /** The probe: one property whose name shows the strategy (a plain class: every JSON-B writes one). */
    public static final class Probe {
        /** The property. */
        public String namingProbeValue = "x";
    }

    private static final String JAVA = "namingProbeValue";

    private PropertyNaming() {}

    /**
     * The naming of a JSON-B, or empty when it cannot be read: never throws.
     *
     * @param jsonb what routes write with
     */
    public static Optional<UnaryOperator<String>> read(Jsonb jsonb) {
        try {
            return of(jsonb);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The naming of a JSON-B.
     *
     * @return the naming function, empty when the JSON-B names properties in no standard way
     */
    public static Optional<UnaryOperator<String>> of(Jsonb jsonb) {
        String json = jsonb.toJson(new Probe());
        int start = json.indexOf('"');
        int end = start < 0 ? -1 : json.indexOf('"', start + 1);
        if (end < 0) {
            return Optional.empty();
        }
        String written = json.substring(start + 1, end);
        for (UnaryOperator<String> strategy : STRATEGIES) {
            if (strategy.apply(JAVA).equals(written)) {
                return Optional.of(strategy);
            }
        }
        return Optional.empty();
    }

    /** JSON-B's standard strategies (the spec's PropertyNamingStrategy), identity first. */
    private static final java.util.List<UnaryOperator<String>> STRATEGIES = java.util.List.of(
            name -> name,
            name -> separated(name, '_').toLowerCase(Locale.ROOT),
            name -> separated(name, '-').toLowerCase(Locale.ROOT),
            name -> Character.toUpperCase(name.charAt(0)) + name.substring(1),
            name -> {
                String spaced = separated(name, ' ');
                return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
            });

    /**
     * A camel-case name with a separator before each upper-case letter that follows a lower-case one, as JSON-B's
     * implementations split words: {@code orderID} is {@code order_id}, {@code line2Total} {@code line2total}.
     */
    private static String separated(String name, char separator) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
                out.append(separator);
            }
            out.append(c);
        }
        return out.toString();
    }
}
