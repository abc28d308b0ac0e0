package io.routehandlers.internal.cache;

import io.routehandlers.spi.CacheLife;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a cached computation (a route's render, a cached method's call) was built from, collected while it runs on
 * its thread (S-8.14): the tags and lives of the cached methods it called, and what it chose itself through
 * {@code RouteCache#life} and {@code RouteCache#tag}. Scopes nest as the calls do: a cached method called inside
 * another's computation adds its value's tags and life to the caller's scope, whether it was computed or found.
 *
 * <p>Held per thread because a computation is a call on one thread: calls made on other threads (the later stages of
 * a {@code CompletionStage}) are not seen, as the docs say.
 */
final class CacheScope {

    private static final ThreadLocal<CacheScope> CURRENT = new ThreadLocal<>();

    private final CacheScope outer;
    private final Set<String> tags = new LinkedHashSet<>();
    private CacheLife used = CacheLife.FOREVER;
    private CacheLife chosen;

    private CacheScope(CacheScope outer) {
        this.outer = outer;
    }

    /** Opens a scope on this thread, inside the current one if any; {@link #close()} it in a {@code finally}. */
    static CacheScope open() {
        CacheScope scope = new CacheScope(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    /** The innermost open scope of this thread: the computation a call is part of. */
    static Optional<CacheScope> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Ends this scope: the thread's current one is its outer one again. */
    void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /**
     * Notes a cached value this computation used: its tags become the computation's, and its life bounds the
     * computation's.
     */
    static void used(List<String> tags, CacheLife life) {
        CacheScope scope = CURRENT.get();
        if (scope != null) {
            scope.tags.addAll(tags);
            scope.used = scope.used.shortest(life);
        }
    }

    /** Adds tags of the computation's own choosing ({@code RouteCache#tag}). */
    void tag(List<String> more) {
        tags.addAll(more);
    }

    /** Chooses the computation's life ({@code RouteCache#life}); a later choice replaces an earlier one. */
    void choose(CacheLife life) {
        chosen = life;
    }

    /** The tags collected, after {@code own}: the computation's declared tags first. */
    List<String> tags(List<String> own) {
        if (tags.isEmpty()) {
            return own;
        }
        Set<String> all = new LinkedHashSet<>(own);
        all.addAll(tags);
        return new ArrayList<>(all);
    }

    /**
     * The computation's life: what it chose at run time, else {@code declared}, bounded by the lives of the cached
     * values it used.
     */
    CacheLife life(CacheLife declared) {
        return (chosen != null ? chosen : declared).shortest(used);
    }
}
