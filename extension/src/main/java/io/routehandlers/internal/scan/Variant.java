package io.routehandlers.internal.scan;

import io.routehandlers.internal.http.MediaRange;
import io.routehandlers.internal.http.Version;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What tells a handler apart from the other handlers of its method on one route (S-18.1, S-18.2): the media types it
 * produces ({@code @Produces}) and consumes ({@code @Consumes}), and the API version it answers ({@code @ApiVersion}).
 *
 * @param produces the types it writes; empty for any
 * @param consumes the body types it reads; empty for any
 * @param version its version, or {@code null} when it declares none
 * @param baseline whether it also answers later versions ({@code "2+"})
 */
public record Variant(List<MediaRange> produces, List<MediaRange> consumes, Version version, boolean baseline) {

    /** A handler that declares none of them. */
    public static final Variant NONE = new Variant(List.of(), List.of(), null, false);

    public Variant {
        produces = List.copyOf(produces);
        consumes = List.copyOf(consumes);
    }

    /** Whether it declares a version. */
    public boolean versioned() {
        return version != null;
    }

    /**
     * Whether a request could go to both: the same version (or none), and types that overlap (or none) for both what
     * they produce and what they consume. Such handlers fail deployment (RH-021).
     */
    public boolean conflicts(Variant other) {
        return Objects.equals(version, other.version)
                && baseline == other.baseline
                && overlap(produces, other.produces)
                && overlap(consumes, other.consumes);
    }

    private static boolean overlap(List<MediaRange> a, List<MediaRange> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.name().equals(y.name())));
    }

    /** The type an answer without its own {@code Content-Type} gets: the one concrete type it produces, if so. */
    public Optional<String> contentType() {
        return produces.size() == 1 && produces.get(0).concrete()
                ? Optional.of(produces.get(0).name())
                : Optional.empty();
    }

    /**
     * The variant in a few words, for cache keys and messages: {@code version=2+ produces=text/markdown}; empty for
     * {@link #NONE}, so a route of one handler per method keeps the keys it had.
     */
    public String label() {
        StringBuilder label = new StringBuilder();
        if (version != null) {
            label.append("version=").append(version).append(baseline ? "+" : "");
        }
        append(label, "produces", produces);
        append(label, "consumes", consumes);
        return label.toString();
    }

    private static void append(StringBuilder label, String what, List<MediaRange> types) {
        if (!types.isEmpty()) {
            label.append(label.length() == 0 ? "" : " ")
                    .append(what)
                    .append('=')
                    .append(types.stream().map(MediaRange::name).collect(Collectors.joining(",")));
        }
    }
}
