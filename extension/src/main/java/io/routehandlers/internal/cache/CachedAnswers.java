package io.routehandlers.internal.cache;

import io.routehandlers.internal.call.CallEnd;
import io.routehandlers.internal.call.RequestGuard;
import io.routehandlers.internal.config.RouteSettings;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.http.EntityTags;
import io.routehandlers.spi.CacheLife;
import io.routehandlers.spi.CachedResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Between rendered answers and cache entries: decides whether an answer may be stored (S-8.9) and builds its entry
 * with a strong ETag, and turns an entry back into an answer with the headers of S-8.8.
 */
final class CachedAnswers {

    /** The header that tells how the cache answered: {@code HIT}, {@code MISS}, {@code STALE}, {@code REVALIDATED}. */
    static final String X_ROUTE_CACHE = "X-Route-Cache";

    /** Headers that describe one transfer, not the answer. */
    private static final Set<String> NOT_STORED =
            Set.of("content-length", "transfer-encoding", "connection", "date", "keep-alive");

    private CachedAnswers() {}

    /**
     * The entry of a render, or why the answer was not stored.
     *
     * @param entry the entry to store, if any
     * @param reason why it is not stored, for the log; empty when stored
     * @param answer the answer, to write when not stored: its body in memory, or streamed
     * @param used the request data the render read, if any
     * @param callEnd the end of the render's call, once its answer was sent (see {@link RouteRenderer.Rendered})
     * @param joined whether this request joined another's render, which stores the entry: this one does not
     */
    record Outcome(
            Optional<CachedResponse> entry,
            String reason,
            Answer answer,
            Optional<String> used,
            CallEnd callEnd,
            boolean joined) {

        /** The outcome of a render this request ran. */
        Outcome(Optional<CachedResponse> entry, String reason, Answer answer, Optional<String> used, CallEnd callEnd) {
            this(entry, reason, answer, used, callEnd, false);
        }

        /** This outcome with the render's call end. */
        Outcome endedBy(CallEnd end) {
            return new Outcome(entry, reason, answer, used, end, joined);
        }

        /**
         * This outcome for a request that joined the render: the render's call is not its to end, nor its entry its to
         * store (the request that rendered stores it, once).
         */
        Outcome shared() {
            return new Outcome(entry, reason, answer, used, CallEnd.NONE, true);
        }
    }

    /**
     * Decides whether a rendered answer is stored and builds its entry.
     *
     * @param answer the rendered answer; a streamed body is read into memory
     * @param guard the render's guard: an answer built from request data is not stored
     * @param route the route's declared path
     * @param tags the route's tags and those of the cached methods its render called (S-8.14)
     * @param life the life the render chose or inherited, beyond its route's configuration
     * @param now when its render started: the answer shows data at least that recent
     * @param listed whether the application listed the path (prerendered, or {@code @StaticParams})
     * @param build the build the answer comes from (S-12.2)
     */
    static Outcome of(
            Answer answer,
            RequestGuard guard,
            String route,
            List<String> tags,
            CacheLife life,
            Instant now,
            boolean listed,
            String build) {
        if (answer.body() instanceof Answer.Body.Live) {
            return not("it is streamed (S-11.4)", answer); // each client gets its own stream, never a stored copy
        }
        byte[] body = bytes(answer.body(), route);
        Answer buffered = new Answer(answer.status(), answer.headers(), new Answer.Body.Bytes(body), answer.own());
        if (guard.policy() != RequestGuard.Policy.BLANK && guard.used().isPresent()) {
            return new Outcome(Optional.empty(), "it used " + guard.used().get(), buffered, guard.used(), CallEnd.NONE);
        }
        if (answer.status() >= 400 && answer.status() != 404) {
            return not("status " + answer.status(), buffered);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String etag = null;
        for (Map.Entry<String, String> header : answer.headers()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            String value = header.getValue().toLowerCase(Locale.ROOT);
            if (name.equals("set-cookie")) {
                return not("it sets a cookie", buffered);
            }
            if (name.equals("cache-control") && (value.contains("private") || value.contains("no-store"))) {
                return not("Cache-Control: " + header.getValue(), buffered);
            }
            if (name.equals("etag")) {
                etag = etag == null ? header.getValue() : etag; // the handler's own tag is the entry's
            } else if (!NOT_STORED.contains(name)) {
                headers.add(header);
            }
        }
        CachedResponse entry = new CachedResponse(
                answer.status(),
                headers,
                body,
                etag == null ? EntityTags.of(body) : etag,
                route,
                tags,
                now,
                false,
                listed,
                build,
                life);
        return new Outcome(Optional.of(entry), "", buffered, Optional.empty(), CallEnd.NONE);
    }

    private static Outcome not(String reason, Answer buffered) {
        return new Outcome(Optional.empty(), reason, buffered, Optional.empty(), CallEnd.NONE);
    }

    private static byte[] bytes(Answer.Body body, String route) {
        try {
            if (body instanceof Answer.Body.Bytes bytes) {
                return bytes.bytes();
            }
            if (body instanceof Answer.Body.Stream stream) {
                try (InputStream in = stream.in()) {
                    return in.readAllBytes();
                }
            }
            if (body instanceof Answer.Body.Output output) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                output.writer().writeTo(out);
                return out.toByteArray();
            }
            return new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the answer of " + route + " failed", e);
        }
    }

    /**
     * An entry as the answer to a request: its status, headers and body, with {@code X-Route-Cache}, the route's
     * {@code Cache-Control} unless the handler set one, the {@code ETag}, and {@code 304 Not Modified} without a body
     * for a matching {@code If-None-Match}.
     */
    static Answer answer(CachedResponse entry, String label, RouteSettings settings, Optional<String> ifNoneMatch) {
        return answer(entry, label, settings.cacheControl(), ifNoneMatch);
    }

    /** An entry as the answer to a request, with a given {@code Cache-Control} unless the handler set one. */
    static Answer answer(CachedResponse entry, String label, String cacheControl, Optional<String> ifNoneMatch) {
        boolean success = entry.status() >= 200 && entry.status() < 300;
        boolean notModified = success
                && ifNoneMatch
                        .filter(value -> EntityTags.matches(value, entry.etag()))
                        .isPresent();
        List<Map.Entry<String, String>> headers =
                new ArrayList<>(entry.headers().size() + 3);
        boolean ownCacheControl = false;
        for (Map.Entry<String, String> header : entry.headers()) {
            ownCacheControl |= header.getKey().equalsIgnoreCase("Cache-Control");
            if (!notModified || !header.getKey().equalsIgnoreCase("Content-Type")) {
                headers.add(header);
            }
        }
        headers.add(Map.entry(X_ROUTE_CACHE, label));
        if (!ownCacheControl) {
            headers.add(Map.entry("Cache-Control", cacheControl));
        }
        if (success) {
            headers.add(Map.entry("ETag", entry.etag()));
        }
        return notModified
                ? new Answer(304, headers, new Answer.Body.Omitted(OptionalLong.empty()))
                : new Answer(entry.status(), headers, new Answer.Body.Bytes(entry.body()));
    }
}
