package io.routehandlers.internal.cache;

import io.routehandlers.internal.http.RequestGuard;
import io.routehandlers.spi.CachedResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    private static final Set<String> NOT_STORED = Set.of("content-length", "transfer-encoding", "connection", "date",
            "keep-alive");

    private CachedAnswers() {
    }

    /**
     * The entry, or why the answer was not stored.
     *
     * @param entry the entry to store, if any
     * @param reason why it is not stored, for the log; empty when stored
     * @param answer the answer, to write when not stored
     * @param used the request data the render read, if any
     */
    record Outcome(Optional<CachedResponse> entry, String reason, Response answer, Optional<String> used) {
        Outcome(Optional<CachedResponse> entry, String reason, Response answer) {
            this(entry, reason, answer, Optional.empty());
        }
    }

    /**
     * Decides whether an answer is stored and builds its entry.
     *
     * @param answer the rendered answer; an {@code InputStream} entity is read into bytes
     * @param guard the render's guard: an answer built from request data is not stored
     * @param route the route's declared path
     * @param tags the route's tags
     * @return the entry or the reason it is not stored, and the answer to write when not stored
     */
    static Outcome of(Response answer, RequestGuard guard, String route, List<String> tags) {
        Object entity = answer.getEntity();
        byte[] body;
        if (entity == null) {
            body = new byte[0];
        } else if (entity instanceof byte[] bytes) {
            body = bytes;
        } else if (entity instanceof String text) {
            body = text.getBytes(charset(answer.getMediaType()));
        } else if (entity instanceof InputStream stream) {
            try (stream) {
                body = stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Reading the answer of " + route + " failed", e);
            }
            answer = Response.fromResponse(answer).entity(body).build();
        } else {
            return new Outcome(Optional.empty(), "its entity " + entity.getClass().getName()
                    + " needs a Jakarta REST MessageBodyWriter; return bytes, a String or an object for JSON", answer);
        }
        if (guard.policy() != RequestGuard.Policy.BLANK && guard.used().isPresent()) {
            return new Outcome(Optional.empty(), "it used " + guard.used().get(), answer, guard.used());
        }
        int status = answer.getStatus();
        if (status >= 400 && status != 404) {
            return new Outcome(Optional.empty(), "status " + status, answer);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String etag = null;
        for (Map.Entry<String, List<String>> header : answer.getStringHeaders().entrySet()) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("set-cookie")) {
                return new Outcome(Optional.empty(), "it sets a cookie", answer);
            }
            if (name.equals("cache-control") && header.getValue().stream().map(v -> v.toLowerCase(Locale.ROOT))
                    .anyMatch(v -> v.contains("private") || v.contains("no-store"))) {
                return new Outcome(Optional.empty(), "Cache-Control: " + String.join(", ", header.getValue()), answer);
            }
            if (name.equals("etag")) {
                etag = header.getValue().get(0);
            }
            if (!NOT_STORED.contains(name)) {
                header.getValue().forEach(value -> headers.add(Map.entry(header.getKey(), value)));
            }
        }
        if (etag == null) {
            etag = etag(body);
        } else {
            // the handler's own ETag is kept among the headers; the entry carries the same value
            headers.removeIf(h -> h.getKey().equalsIgnoreCase("etag"));
        }
        return new Outcome(Optional.of(new CachedResponse(status, headers, body, etag, route, tags, Instant.now(),
                false)), "", answer);
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

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
