package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.config.Versioning;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.http.MediaRange;
import io.routehandlers.internal.http.Parameters;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.http.Version;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.Variant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Chooses among the handlers of one method of a route (S-18.1, S-18.2), built once per route and method when they are
 * told apart by version or media type: first by the request's API version ({@code 400} for one the application does
 * not support or this route does not answer), then by its {@code Content-Type} ({@code 415}), then by {@code Accept}
 * ({@code 406}). Its answers, refusals included, say {@code Vary} for what it read, and those of a retiring version
 * carry {@code Deprecation}, {@code Sunset} and {@code Link}.
 */
final class Negotiation {

    /** HTTP-date (RFC 9110 5.6.7): always GMT, the day of the month in two digits. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private static final MediaRange OCTET_STREAM = new MediaRange("application", "octet-stream", 1, 1);

    private final String method;
    private final List<Handler> handlers;
    private final Versioning versioning;
    private final Set<Version> supported;
    private final boolean versioned;
    private final boolean consumes;
    private final boolean produces;
    private final List<Map.Entry<String, String>> vary;
    /** The handlers of each supported version, and the headers of its answers: worked out once. */
    private final Map<Version, List<Handler>> byVersion = new HashMap<>();

    private final Map<Version, List<Map.Entry<String, String>>> headersByVersion = new HashMap<>();
    /** The handler chosen for an {@code Accept} among the same candidates; clients send few distinct values. */
    private final Map<String, Handler> byAccept = new ConcurrentHashMap<>();
    /** The candidate lists worked out at startup (all handlers, those of each version), each with a number. */
    private final Map<List<Handler>, Integer> known = new IdentityHashMap<>();

    private Negotiation(String method, List<Handler> handlers, Versioning versioning, Set<Version> supported) {
        this.method = method;
        this.handlers = List.copyOf(handlers);
        this.versioning = versioning;
        this.supported = Set.copyOf(supported);
        this.versioned = handlers.stream().anyMatch(h -> h.variant().versioned());
        this.consumes = handlers.stream().anyMatch(h -> !h.variant().consumes().isEmpty());
        this.produces = handlers.stream().anyMatch(h -> !h.variant().produces().isEmpty());
        Set<String> names = new LinkedHashSet<>();
        if (versioned) {
            versioning.vary().ifPresent(names::add);
        }
        if (produces) {
            names.add("Accept");
        }
        this.vary = names.stream().map(name -> Map.entry("Vary", name)).toList();
        if (versioned) {
            for (Version version : supported) {
                byVersion.put(version, forVersion(version));
                headersByVersion.put(version, retiring(version));
            }
        }
        known.put(this.handlers, 0);
        byVersion.values().forEach(list -> known.putIfAbsent(list, known.size()));
    }

    /**
     * The choice among handlers of a method, or {@code null} when there is nothing to choose: one handler that
     * declares no version and no media type.
     *
     * @param supported every version the application supports: those its handlers declare and the configured ones
     */
    static Negotiation of(String method, List<Handler> handlers, Versioning versioning, Set<Version> supported) {
        if (handlers.size() == 1 && handlers.get(0).variant().equals(Variant.NONE)) {
            return null;
        }
        return new Negotiation(method, handlers, versioning, supported);
    }

    /**
     * What the choice found.
     *
     * @param handler the handler, or {@code null} when the request is refused
     * @param refusal the refusal ({@code 400}, {@code 406}, {@code 415}), or {@code null}
     * @param headers what every answer of the request adds: {@code Vary}, and a retiring version's headers
     */
    record Choice(Handler handler, Answer refusal, List<Map.Entry<String, String>> headers) {}

    /** Chooses the handler of a request. */
    Choice choose(Exchange exchange) {
        List<Handler> candidates = handlers;
        List<Map.Entry<String, String>> headers = vary;
        if (versioned) {
            Optional<String> named = requestedVersion(exchange);
            Version version;
            if (named.isPresent()) {
                version = Version.parse(named.get()).orElse(null);
                if (version == null || !supported.contains(version)) {
                    return refused(explained("API version '" + printable(named.get())
                            + "' is not supported; supported versions: " + list(supported) + "."));
                }
            } else if (versioning.byDefault().isPresent()) {
                version = versioning.byDefault().get();
            } else {
                return refused(explained("This route needs an API version (" + where() + "); supported versions: "
                        + list(supported) + "."));
            }
            candidates = byVersion.get(version);
            if (candidates.isEmpty()) {
                return refused(explained("API version " + version + " has no " + method
                        + " here; this route answers versions " + list(declared()) + "."));
            }
            headers = headersByVersion.get(version);
        }
        if (consumes && (exchange.header("Content-Type").isPresent() || hasBody(exchange))) {
            // A body without a type is bytes (RFC 9110 8.3); a request without either reads nothing to choose by.
            Optional<MediaRange> type = Optional.of(
                    exchange.header("Content-Type").flatMap(MediaRange::parse).orElse(OCTET_STREAM));
            List<Handler> reading = consuming(candidates, type);
            if (reading.isEmpty()) {
                Answer refusal = Answer.empty(415);
                String accepts = acceptsHeader();
                if (accepts != null) {
                    refusal = refusal.header(accepts, consumed(candidates));
                }
                return new Choice(null, refusal.headers(headers), headers);
            }
            candidates = reading;
        }
        Handler chosen = candidates.size() == 1 && !produces ? candidates.get(0) : chosen(candidates, exchange);
        if (chosen == null) {
            return new Choice(null, Answer.empty(406).headers(headers), headers);
        }
        return new Choice(chosen, null, headers);
    }

    private static boolean hasBody(Exchange exchange) {
        return exchange.contentLength().orElse(0) > 0
                || exchange.header("Transfer-Encoding").isPresent();
    }

    private Choice refused(Answer refusal) {
        return new Choice(null, refusal.headers(vary), vary);
    }

    /** The version a request names where the application reads it. */
    private Optional<String> requestedVersion(Exchange exchange) {
        return switch (versioning.from()) {
            case HEADER -> exchange.header(versioning.name()).map(String::trim).filter(v -> !v.isEmpty());
            case QUERY -> exchange.query().flatMap(this::fromQuery).filter(v -> !v.isEmpty());
            case MEDIA_TYPE ->
                exchange.headers("Accept").stream()
                        .flatMap(value -> List.of(value.split(",")).stream())
                        .map(range -> MediaRange.parameter(range, versioning.name()))
                        .flatMap(Optional::stream)
                        .findFirst();
        };
    }

    /** The version parameter of a query string; a malformed escape gives a value no version matches. */
    private Optional<String> fromQuery(String query) {
        try {
            return Parameters.parseUrlEncoded(query).get(versioning.name());
        } catch (PercentDecoding.MalformedEscapeException e) {
            return Optional.of("%");
        }
    }

    private String where() {
        return switch (versioning.from()) {
            case HEADER -> "header " + versioning.name();
            case QUERY -> "query parameter " + versioning.name();
            case MEDIA_TYPE -> "Accept parameter " + versioning.name();
        };
    }

    /**
     * The handlers of a version: those that name it; else the baseline ({@code "2+"}) of the highest version up to
     * it; else those that name no version.
     */
    private List<Handler> forVersion(Version version) {
        List<Handler> exact = new ArrayList<>();
        Version baseline = null;
        for (Handler handler : handlers) {
            Variant variant = handler.variant();
            if (!variant.versioned()) {
                continue;
            }
            if (!variant.baseline() && variant.version().equals(version)) {
                exact.add(handler);
            } else if (variant.baseline()
                    && variant.version().compareTo(version) <= 0
                    && (baseline == null || variant.version().compareTo(baseline) > 0)) {
                baseline = variant.version();
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        Version base = baseline;
        return handlers.stream()
                .filter(h -> base == null
                        ? !h.variant().versioned()
                        : h.variant().baseline() && base.equals(h.variant().version()))
                .toList();
    }

    /** {@code Vary}, and for a version being retired its {@code Deprecation}, {@code Sunset} and {@code Link}. */
    private List<Map.Entry<String, String>> retiring(Version version) {
        Versioning.Retirement retirement = versioning.retiring().get(version);
        if (retirement == null) {
            return vary;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>(vary);
        retirement.deprecation().ifPresent(at -> headers.add(Map.entry("Deprecation", "@" + at.getEpochSecond())));
        retirement.sunset().ifPresent(at -> headers.add(Map.entry("Sunset", HTTP_DATE.format(at))));
        retirement
                .link()
                .ifPresent(
                        link -> headers.add(Map.entry("Link", "<" + link.toASCIIString() + ">; rel=\"deprecation\"")));
        return List.copyOf(headers);
    }

    /** The handlers that read a body of the request's type: those whose {@code @Consumes} names it, else those that declare none. */
    private static List<Handler> consuming(List<Handler> candidates, Optional<MediaRange> type) {
        List<Handler> declaring = new ArrayList<>();
        List<Handler> any = new ArrayList<>();
        for (Handler handler : candidates) {
            List<MediaRange> consumes = handler.variant().consumes();
            if (consumes.isEmpty()) {
                any.add(handler);
            } else if (type.isPresent() && consumes.stream().anyMatch(c -> c.matches(type.get()))) {
                declaring.add(handler);
            }
        }
        return declaring.isEmpty() ? any : declaring;
    }

    /**
     * The best handler for the request's {@code Accept}, remembered for the candidate lists worked out at startup and
     * the same {@code Accept} value (up to 256 of them; a client that sends ever new values, or a choice by
     * {@code Content-Type} first, is worked out each time).
     */
    private Handler chosen(List<Handler> candidates, Exchange exchange) {
        List<String> accept = exchange.headers("Accept");
        Integer list = known.get(candidates);
        if (list == null) {
            return best(candidates, accept);
        }
        String key = list + " " + String.join(",", accept);
        Handler known = byAccept.get(key);
        if (known != null) {
            return known;
        }
        Handler best = best(candidates, accept);
        if (best != null && byAccept.size() < 256) {
            byAccept.put(key, best);
        }
        return best;
    }

    /**
     * The handler whose types the request accepts best: the highest {@code q}, then the most specific type the handler
     * declares (one that declares none offers any), then the handler's own {@code qs}, then the first by signature.
     *
     * @return the handler, or {@code null} when the request accepts none of them
     */
    private static Handler best(List<Handler> candidates, List<String> accept) {
        List<MediaRange> accepted = MediaRange.accepted(accept);
        Handler best = null;
        double bestQuality = 0;
        int bestSpecificity = -1;
        double bestServer = 0;
        for (Handler handler : candidates) {
            List<MediaRange> offered = handler.variant().produces();
            for (MediaRange type : offered.isEmpty() ? List.of(MediaRange.ANY) : offered) {
                double quality = MediaRange.quality(accepted, type);
                if (quality <= 0) {
                    continue;
                }
                int specificity = type.specificity();
                if (quality > bestQuality
                        || (quality == bestQuality && specificity > bestSpecificity)
                        || (quality == bestQuality
                                && specificity == bestSpecificity
                                && type.serverQuality() > bestServer)) {
                    best = handler;
                    bestQuality = quality;
                    bestSpecificity = specificity;
                    bestServer = type.serverQuality();
                }
            }
        }
        return best;
    }

    /** The header a {@code 415} lists the accepted types in, for the methods that have one. */
    private String acceptsHeader() {
        return switch (method) {
            case "POST" -> "Accept-Post";
            case "PATCH" -> "Accept-Patch";
            case "QUERY" -> "Accept-Query";
            default -> null;
        };
    }

    private static String consumed(Collection<Handler> candidates) {
        return candidates.stream()
                .flatMap(h -> h.variant().consumes().stream())
                .map(MediaRange::name)
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private Set<Version> declared() {
        return handlers.stream()
                .map(h -> h.variant().version())
                .filter(v -> v != null)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String list(Collection<Version> versions) {
        return new TreeSet<>(versions).stream().map(Version::toString).collect(Collectors.joining(", "));
    }

    /** A client's value in a message: printable ASCII only, at most 40 characters. */
    private static String printable(String value) {
        String visible = value.replaceAll("[^\\x20-\\x7e]", "?");
        return visible.length() > 40 ? visible.substring(0, 40) + "..." : visible;
    }

    private static Answer explained(String detail) {
        return Answer.explained(400, detail);
    }
}
