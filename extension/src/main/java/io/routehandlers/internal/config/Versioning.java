package io.routehandlers.internal.config;

import io.routehandlers.internal.http.HeaderValidation;
import io.routehandlers.internal.http.Version;
import io.routehandlers.internal.problems.DeploymentProblem;
import io.routehandlers.internal.problems.RouteMessages;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a request names its API version and which versions are retiring (S-18.2), from the
 * {@code routehandlers.versions.} keys: one way per application.
 *
 * @param from where the version is read
 * @param name the header, query parameter or media-type parameter that holds it
 * @param byDefault the version of a request that names none; empty: such a request is {@code 400} on a versioned
 *     route
 * @param supported versions the application supports beyond those its handlers declare
 * @param retiring the {@code Deprecation}, {@code Sunset} and {@code Link} of versions being retired
 */
public record Versioning(
        Source from,
        String name,
        Optional<Version> byDefault,
        Set<Version> supported,
        Map<Version, Retirement> retiring) {

    /** Where a request names its version. */
    public enum Source {
        /** A request header, {@code API-Version} unless named otherwise. */
        HEADER,
        /** A query parameter, {@code version} unless named otherwise. */
        QUERY,
        /** A parameter of the {@code Accept} media type, {@code version} unless named otherwise. */
        MEDIA_TYPE
    }

    /**
     * What answers of a retiring version say.
     *
     * @param deprecation when the version was or will be deprecated ({@code Deprecation}, RFC 9745)
     * @param sunset when it stops answering ({@code Sunset}, RFC 8594)
     * @param link a page about it ({@code Link; rel="deprecation"})
     */
    public record Retirement(Optional<Instant> deprecation, Optional<Instant> sunset, Optional<URI> link) {}

    static final String PREFIX = RouteSettingsResolver.PREFIX + "versions.";
    static final String FROM = PREFIX + "from";
    static final String NAME = PREFIX + "name";
    static final String DEFAULT_VERSION = PREFIX + "default";
    static final String SUPPORTED = PREFIX + "supported";
    private static final List<String> RETIREMENT = List.of("deprecation", "sunset", "link");
    private static final String DATE = "a date such as 2027-06-30, or an instant such as 2027-06-30T12:00:00Z";

    /** No configuration: the {@code API-Version} header, no default version, nothing retiring. */
    public static final Versioning DEFAULT =
            new Versioning(Source.HEADER, "API-Version", Optional.empty(), Set.of(), Map.of());

    public Versioning {
        supported = Set.copyOf(supported);
        retiring = Map.copyOf(retiring);
    }

    /** The {@code Vary} an answer chosen by version names: the header, {@code Accept}, or none for a query. */
    public Optional<String> vary() {
        return switch (from) {
            case HEADER -> Optional.of(name);
            case MEDIA_TYPE -> Optional.of("Accept");
            case QUERY -> Optional.empty();
        };
    }

    /** Reads the keys; a value that cannot be read is a problem (RH-032) and its default applies. */
    static Versioning resolve(ConfigLookup config, List<DeploymentProblem> problems) {
        Map<String, String> sources = config.routehandlersKeys();
        Source from = config.value(FROM)
                .map(v -> switch (v.trim().toLowerCase(Locale.ROOT)) {
                    case "header" -> Source.HEADER;
                    case "query" -> Source.QUERY;
                    case "media-type" -> Source.MEDIA_TYPE;
                    default -> {
                        problems.add(RouteMessages.invalidValue(
                                FROM, v, sources.getOrDefault(FROM, "environment"), "header, query or media-type"));
                        yield Source.HEADER;
                    }
                })
                .orElse(Source.HEADER);
        String name = config.value(NAME)
                .map(String::trim)
                .filter(v -> {
                    boolean token = HeaderValidation.isToken(v);
                    if (!token) {
                        problems.add(RouteMessages.invalidValue(
                                NAME, v, sources.getOrDefault(NAME, "environment"), "a header or parameter name"));
                    }
                    return token;
                })
                .orElse(from == Source.HEADER ? "API-Version" : "version");
        Optional<Version> byDefault =
                config.value(DEFAULT_VERSION).flatMap(v -> version(DEFAULT_VERSION, v, sources, problems));
        Set<Version> supported = new TreeSet<>();
        config.value(SUPPORTED).ifPresent(list -> {
            for (String v : list.split(",")) {
                if (!v.isBlank()) {
                    version(SUPPORTED, v, sources, problems).ifPresent(supported::add);
                }
            }
        });
        byDefault.ifPresent(supported::add);
        Map<Version, Map<String, String>> fields = new TreeMap<>();
        for (String key : sources.keySet()) {
            if (!key.startsWith(PREFIX)
                    || List.of(FROM, NAME, DEFAULT_VERSION, SUPPORTED).contains(key)) {
                continue;
            }
            String rest = key.substring(PREFIX.length());
            int dot = rest.lastIndexOf('.');
            String field = dot < 0 ? "" : rest.substring(dot + 1);
            Optional<Version> version = dot < 0 ? Optional.empty() : Version.parse(rest.substring(0, dot));
            String value = config.value(key).orElse("").trim();
            if (version.isEmpty() || !RETIREMENT.contains(field)) {
                problems.add(RouteMessages.invalidValue(
                        key,
                        value,
                        sources.get(key),
                        "keys routehandlers.versions.from, .name, .default, .supported, and"
                                + " routehandlers.versions.<version>.deprecation, .sunset and .link"));
                continue;
            }
            fields.computeIfAbsent(version.get(), v -> new TreeMap<>()).put(field, key);
        }
        Map<Version, Retirement> retiring = new TreeMap<>();
        fields.forEach((version, keys) -> {
            Optional<Instant> deprecation = date(config, keys.get("deprecation"), sources, problems);
            Optional<Instant> sunset = date(config, keys.get("sunset"), sources, problems);
            Optional<URI> link = Optional.ofNullable(keys.get("link")).flatMap(key -> {
                String value = config.value(key).orElse("").trim();
                try {
                    URI uri = new URI(value);
                    if (uri.isAbsolute() && HeaderValidation.isSafeValue(value) && value.indexOf('>') < 0) {
                        return Optional.of(uri);
                    }
                } catch (URISyntaxException e) {
                    // reported below
                }
                problems.add(RouteMessages.invalidValue(key, value, sources.get(key), "an absolute URL"));
                return Optional.empty();
            });
            retiring.put(version, new Retirement(deprecation, sunset, link));
            supported.add(version);
        });
        return new Versioning(from, name, byDefault, supported, retiring);
    }

    private static Optional<Version> version(
            String key, String value, Map<String, String> sources, List<DeploymentProblem> problems) {
        Optional<Version> version = Version.parse(value);
        if (version.isEmpty()) {
            problems.add(RouteMessages.invalidValue(
                    key, value, sources.getOrDefault(key, "environment"), "a version such as 2 or 1.1"));
        }
        return version;
    }

    private static Optional<Instant> date(
            ConfigLookup config, String key, Map<String, String> sources, List<DeploymentProblem> problems) {
        if (key == null) {
            return Optional.empty();
        }
        String value = config.value(key).orElse("").trim();
        try {
            return Optional.of(
                    value.contains("T")
                            ? Instant.parse(value)
                            : LocalDate.parse(value)
                                    .atStartOfDay(ZoneOffset.UTC)
                                    .toInstant());
        } catch (DateTimeParseException e) {
            problems.add(RouteMessages.invalidValue(key, value, sources.get(key), DATE));
            return Optional.empty();
        }
    }
}
