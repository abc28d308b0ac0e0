package io.routehandlers.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A media type or range as {@code Accept}, {@code Content-Type}, {@code @Produces} and {@code @Consumes} name it
 * (RFC 9110 12.5.1, 8.3.1): {@code type/subtype}, either part {@code *}, with its quality. Parameters other than
 * {@code q} play no part in matching: a handler's types are told apart by type and subtype.
 *
 * @param type the type, lower case, or {@code *}
 * @param subtype the subtype, lower case, or {@code *}
 * @param quality the {@code q} weight, 0 to 1 (1 unless given)
 * @param serverQuality the {@code qs} weight a handler gives its own type, to break ties (1 unless given)
 */
public record MediaRange(String type, String subtype, double quality, double serverQuality) {

    /** {@code *}{@code /*}: what a request without {@code Accept} accepts. */
    public static final MediaRange ANY = new MediaRange("*", "*", 1, 1);

    /** {@code type/subtype}, without parameters. */
    public String name() {
        return type + "/" + subtype;
    }

    /** Whether this names one type, not a range. */
    public boolean concrete() {
        return !type.equals("*") && !subtype.equals("*");
    }

    /** 2 for {@code type/subtype}, 1 for {@code type/*}, 0 for {@code *}{@code /*}. */
    public int specificity() {
        return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
    }

    /** Whether the two overlap: one includes the other, wildcards either way. */
    public boolean matches(MediaRange other) {
        return (type.equals("*") || other.type.equals("*") || type.equals(other.type))
                && (subtype.equals("*") || other.subtype.equals("*") || subtype.equals(other.subtype));
    }

    /**
     * The quality a list of accepted ranges gives an offered type: that of the most specific range that matches it
     * (RFC 9110 12.5.1), {@code 0} when none does. An offered range (a handler that declares no type offers
     * {@link #ANY}) gets the best quality of the ranges it matches.
     */
    public static double quality(List<MediaRange> accepted, MediaRange offered) {
        double quality = 0;
        int specificity = -1;
        for (MediaRange range : accepted) {
            if (!range.matches(offered)) {
                continue;
            }
            if (!offered.concrete()) {
                quality = Math.max(quality, range.quality);
            } else if (range.specificity() > specificity) {
                specificity = range.specificity();
                quality = range.quality;
            }
        }
        return quality;
    }

    /**
     * One media type, as a {@code Content-Type} or an annotation names it.
     *
     * @return empty when it is malformed
     */
    public static Optional<MediaRange> parse(String value) {
        // One type: a parameter may hold a comma in quotes (boundary="a,b"), so the value is not split as a list.
        return value.isBlank() ? Optional.empty() : Optional.ofNullable(element(value));
    }

    /**
     * The ranges of {@code Accept} values, in order. Malformed elements are left out (a server may ignore what it
     * cannot read, RFC 9110 12.5.1); no value at all accepts anything.
     */
    public static List<MediaRange> accepted(List<String> values) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String value : values) {
            ranges.addAll(list(value));
        }
        return values.isEmpty() ? List.of(ANY) : ranges;
    }

    /** The elements of a comma-separated list, malformed ones left out. */
    private static List<MediaRange> list(String value) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String element : value.split(",")) {
            if (element.isBlank()) {
                continue;
            }
            MediaRange range = element(element);
            if (range != null) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    private static MediaRange element(String element) {
        String[] parts = element.split(";");
        String name = parts[0].trim().toLowerCase(Locale.ROOT);
        int slash = name.indexOf('/');
        if (slash <= 0 || slash == name.length() - 1) {
            return null;
        }
        String type = name.substring(0, slash);
        String subtype = name.substring(slash + 1);
        if (!HeaderValidation.isToken(type)
                || !HeaderValidation.isToken(subtype)
                || (type.equals("*") && !subtype.equals("*"))) {
            return null;
        }
        double quality = 1;
        double serverQuality = 1;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String key = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            if (key.equals("q") || key.equals("qs")) {
                double weight = weight(parameter.substring(equals + 1).trim());
                if (Double.isNaN(weight)) {
                    return null;
                }
                if (key.equals("q")) {
                    quality = weight;
                } else {
                    serverQuality = weight;
                }
            }
        }
        return new MediaRange(type, subtype, quality, serverQuality);
    }

    /**
     * A parameter of one media type or range, such as {@code version} of {@code application/json; version=2}, without
     * its quotes.
     */
    public static Optional<String> parameter(String element, String name) {
        String[] parts = element.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).trim().equalsIgnoreCase(name)) {
                String value = parameter.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** A weight: {@code 0} to {@code 1} with at most three decimals (RFC 9110 12.4.2); NaN when malformed. */
    private static double weight(String value) {
        if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
            return Double.NaN;
        }
        return Double.parseDouble(value);
    }
}
