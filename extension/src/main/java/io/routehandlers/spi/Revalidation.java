package io.routehandlers.spi;

import java.io.Serializable;

/**
 * Which cached answers an on-demand revalidation selects: one key, every answer of a route, or every answer
 * carrying a tag. Serializable, so a distributed store can broadcast it.
 */
public sealed interface Revalidation extends Serializable {

    /**
     * Whether an entry is selected.
     *
     * @param key the entry's key
     * @param entry the entry
     * @return {@code true} when this revalidation applies to it
     */
    boolean selects(String key, CachedResponse entry);

    /**
     * The answer at one key.
     *
     * @param key the cache key, as given to {@link ResponseCacheStore#put}
     */
    record Key(String key) implements Revalidation {
        @Override
        public boolean selects(String entryKey, CachedResponse entry) {
            return key.equals(entryKey);
        }
    }

    /**
     * Every answer of one route.
     *
     * @param route the route's declared path, such as {@code /items/[slug]}
     */
    record Route(String route) implements Revalidation {
        @Override
        public boolean selects(String entryKey, CachedResponse entry) {
            return route.equals(entry.route());
        }
    }

    /**
     * Every answer carrying a tag.
     *
     * @param tag the cache tag
     */
    record Tag(String tag) implements Revalidation {
        @Override
        public boolean selects(String entryKey, CachedResponse entry) {
            return entry.tags().contains(tag);
        }
    }
}
