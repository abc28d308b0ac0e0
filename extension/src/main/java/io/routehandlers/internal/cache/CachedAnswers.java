package io.routehandlers.internal.cache;

import io.routehandlers.internal.http.MediaTypes;
import io.routehandlers.internal.http.RequestGuard;
import io.routehandlers.spi.CachedResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns a rendered answer into a cache entry, when it may be stored (S-8.9), with its strong ETag. */
final class CachedAnswers {

    /** Headers that describe one transfer, not the answer. */
    private static final Set<String> NOT_STORED =
            Set.of("content-length", "transfer-encoding", "connection", "date", "keep-alive");

    private CachedAnswers() {}

    /**
     * The entry, or why the answer was not stored.
     *
     * @param entry the entry to store, if any
     * @param reason why it is not stored, for the log; empty when stored
     * @param answer the answer, to write when not stored (a streamed entity replaced by its bytes)
     * @param used the request data the render read, if any
     */
    record Outcome(Optional<CachedResponse> entry, String reason, Response answer, Optional<String> used) {}

    /**
     * Decides whether a rendered answer is stored and builds its entry.
     *
     * @param answer the rendered answer; an {@code InputStream} entity is read into bytes
     * @param guard the render's guard: an answer built from request data is not stored
     * @param route the route's declared path
     * @param tags the route's tags
     */
    static Outcome of(Response answer, RequestGuard guard, String route, List<String> tags) {
        Object entity = answer.getEntity();
        Decision decision = decide(
                answer.getStatus(), answer.getStringHeaders(), entity, answer.getMediaType(), guard, route, tags);
        Response written = entity instanceof InputStream && decision.body() != null
                ? Response.fromResponse(answer).entity(decision.body()).build()
                : answer;
        return new Outcome(decision.entry(), decision.reason(), written, decision.used());
    }

    /**
     * The decision on an answer's parts.
     *
     * @param entry the entry to store, if any
     * @param reason why not, or empty
     * @param body the body bytes, or {@code null} when the entity is not bytes, text or a stream
     * @param used the request data the render read, if any
     */
    record Decision(Optional<CachedResponse> entry, String reason, byte[] body, Optional<String> used) {
        static Decision not(String reason, byte[] body) {
            return new Decision(Optional.empty(), reason, body, Optional.empty());
        }
    }

    /** Decides on an answer given by its status, headers and entity (S-8.9). */
    static Decision decide(
            int status,
            Map<String, List<String>> answerHeaders,
            Object entity,
            MediaType type,
            RequestGuard guard,
            String route,
            List<String> tags) {
        byte[] body;
        if (entity == null) {
            body = new byte[0];
        } else if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(MediaTypes.charset(type));
        } else if (entity instanceof InputStream stream) {
            try (stream) {
                body = stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the answer of " + route + " failed", e);
            }
        } else {
            return Decision.not(
                    "its entity " + entity.getClass().getName()
                            + " needs a Jakarta REST MessageBodyWriter; return bytes, a String or an object for JSON",
                    null);
        }
        if (guard.policy() != RequestGuard.Policy.BLANK && guard.used().isPresent()) {
            return new Decision(Optional.empty(), "it used " + guard.used().get(), body, guard.used());
        }
        if (status >= 400 && status != 404) {
            return Decision.not("status " + status, body);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String etag = null;
        for (Map.Entry<String, List<String>> header : answerHeaders.entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("set-cookie")) {
                return Decision.not("it sets a cookie", body);
            }
            if (name.equals("cache-control")
                    && header.getValue().stream()
                            .map(v -> v.toLowerCase(Locale.ROOT))
                            .anyMatch(v -> v.contains("private") || v.contains("no-store"))) {
                return Decision.not("Cache-Control: " + String.join(", ", header.getValue()), body);
            }
            if (name.equals("etag")) {
                // the handler's own entity tag is the entry's; it is written from there
                etag = header.getValue().get(0);
            } else if (!NOT_STORED.contains(name)) {
                header.getValue().forEach(value -> headers.add(Map.entry(header.getKey(), value)));
            }
        }
        CachedResponse entry = new CachedResponse(
                status, headers, body, etag == null ? etag(body) : etag, route, tags, Instant.now(), false);
        return new Decision(Optional.of(entry), "", body, Optional.empty());
    }

    /** A strong entity tag: 128 bits of the body's SHA-256, base64url. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16))
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Whether an {@code If-None-Match} value names the entity tag (weak comparison, RFC 9110 13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if ((tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}
