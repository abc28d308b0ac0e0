package io.routehandlers.spi;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One cached answer of a route, as a {@link ResponseCacheStore} keeps it. Immutable and serializable, so a
 * distributed store can ship it between nodes.
 *
 * @param status the HTTP status
 * @param headers the response headers the handler set, names as written, in order
 * @param body the body bytes (a copy is neither made nor expected: do not change them)
 * @param etag the strong entity tag, quotes included
 * @param route the route's declared path, such as {@code /items/[slug]}
 * @param tags the route's cache tags
 * @param generated when the answer's render started: it shows data at least that recent, and a revalidation after
 *     that instant revalidates it
 * @param revalidated whether it was revalidated on demand since: the next request renders it again
 * @param listed whether the application listed its path: a route without dynamic segments prerendered at startup,
 *     or params a {@code @StaticParams} method returned. A bounded store keeps listed entries over the others, so
 *     that requests for unlisted params (each a stored {@code 404}, perhaps) cannot evict them (S-8.11)
 * @param build the build of the application that rendered it ({@code routehandlers.cache.build-id}, or derived from
 *     the route classes): a server starting with a shared store keeps the store's fresh answer of a prerendered path
 *     when it is of the same build, and renders it again otherwise (S-12.2); empty when unknown
 * @param life how long the entry lives, beyond what its route's configuration says: the shortest life of the cached
 *     methods its render called and of what the render chose itself ({@code RouteCache#life}), {@link CacheLife#FOREVER}
 *     when none; the whole life of a cached method's value (S-8.13)
 */
public record CachedResponse(
        int status,
        List<Map.Entry<String, String>> headers,
        byte[] body,
        String etag,
        String route,
        List<String> tags,
        Instant generated,
        boolean revalidated,
        boolean listed,
        String build,
        CacheLife life)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * Copies the lists so that the record stays immutable. A {@code null} build (an entry a store serialized before
     * answers had one) is the unknown build, {@code ""}; a {@code null} life (an entry from before entries had one)
     * is {@link CacheLife#FOREVER}: its route's configuration alone bounds it.
     */
    public CachedResponse {
        // SimpleImmutableEntry, not Map.entry: serializable, so that a distributed store can ship the entry.
        headers = headers.stream()
                .<Map.Entry<String, String>>map(h -> new AbstractMap.SimpleImmutableEntry<>(h.getKey(), h.getValue()))
                .toList();
        tags = List.copyOf(tags);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(generated, "generated");
        build = build == null ? "" : build;
        life = life == null ? CacheLife.FOREVER : life;
    }

    /**
     * An answer with no life of its own beyond its route's configuration.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes
     * @param etag the strong entity tag, quotes included
     * @param route the route's declared path
     * @param tags the route's cache tags
     * @param generated when the answer's render started
     * @param revalidated whether it was revalidated on demand since
     * @param listed whether the application listed its path
     * @param build the build that rendered it
     */
    public CachedResponse(
            int status,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            String etag,
            String route,
            List<String> tags,
            Instant generated,
            boolean revalidated,
            boolean listed,
            String build) {
        this(status, headers, body, etag, route, tags, generated, revalidated, listed, build, CacheLife.FOREVER);
    }

    /**
     * An answer of an unknown build, as stores that make entries themselves wrote them before answers carried one.
     *
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body bytes
     * @param etag the strong entity tag, quotes included
     * @param route the route's declared path
     * @param tags the route's cache tags
     * @param generated when the answer's render started
     * @param revalidated whether it was revalidated on demand since
     * @param listed whether the application listed its path
     */
    public CachedResponse(
            int status,
            List<Map.Entry<String, String>> headers,
            byte[] body,
            String etag,
            String route,
            List<String> tags,
            Instant generated,
            boolean revalidated,
            boolean listed) {
        this(status, headers, body, etag, route, tags, generated, revalidated, listed, "", CacheLife.FOREVER);
    }

    /** This answer, marked as revalidated on demand. */
    public CachedResponse asRevalidated() {
        return new CachedResponse(status, headers, body, etag, route, tags, generated, true, listed, build, life);
    }

    /**
     * This entry, stale since an instant (S-8.15): its life ends its fresh time at {@code at} and lets it be served
     * stale until {@code expire} after {@code at}, never longer than it would have lived. An entry rendered after
     * {@code at} is returned as it is.
     *
     * @param at when the entry was marked stale
     * @param expire how long after {@code at} it may still be served stale
     * @return the entry with its life shortened
     */
    public CachedResponse staleSince(Instant at, Duration expire) {
        if (generated.isAfter(at)) {
            return this;
        }
        Duration age = Duration.between(generated, at);
        Duration revalidate = age.compareTo(life.revalidate()) < 0 ? age : life.revalidate();
        Duration until = age.plus(expire);
        Duration end = until.compareTo(life.expire()) < 0 ? until : life.expire();
        CacheLife shorter = new CacheLife(life.stale(), revalidate, end.compareTo(revalidate) < 0 ? revalidate : end);
        return new CachedResponse(
                status, headers, body, etag, route, tags, generated, revalidated, listed, build, shorter);
    }

    /**
     * An estimate of the memory the entry takes, in bytes, for stores with a byte budget.
     *
     * @param key the entry's key
     * @return the body, header and key characters plus a fixed overhead per object
     */
    public long estimatedBytes(String key) {
        long size = 160 + body.length + 2L * key.length() + 2L * route.length() + etag.length();
        for (Map.Entry<String, String> header : headers) {
            size += 64 + 2L * (header.getKey().length() + header.getValue().length());
        }
        for (String tag : tags) {
            size += 40 + 2L * tag.length();
        }
        return size;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CachedResponse that
                && status == that.status
                && revalidated == that.revalidated
                && listed == that.listed
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body)
                && etag.equals(that.etag)
                && route.equals(that.route)
                && tags.equals(that.tags)
                && generated.equals(that.generated)
                && build.equals(that.build)
                && life.equals(that.life);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                status, headers, Arrays.hashCode(body), etag, route, tags, generated, revalidated, listed, build, life);
    }

    @Override
    public String toString() {
        return "CachedResponse[" + status + " " + route + " " + body.length + " bytes, etag " + etag + ", generated "
                + generated + (revalidated ? ", revalidated" : "") + (listed ? ", listed" : "")
                + (build.isEmpty() ? "" : ", build " + build)
                + (life.equals(CacheLife.FOREVER) ? "" : ", " + life) + "]";
    }
}
