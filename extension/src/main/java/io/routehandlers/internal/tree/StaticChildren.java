package io.routehandlers.internal.tree;

import java.util.Map;

/**
 * The static children of a tree node, frozen into an open-addressing table whose lookup takes a key as a range of
 * the raw request path: a segment needs no {@code String} of its own to be found (S-1.4: lookup cost must not grow
 * with the number of routes, and should not allocate per segment).
 *
 * @param <N> the child type
 */
final class StaticChildren<N> {

    private static final StaticChildren<?> NONE = new StaticChildren<>(new String[1], new Object[1], new int[1]);

    private final String[] keys;
    private final Object[] children;
    private final int[] hashes;
    private final int mask;

    private StaticChildren(String[] keys, Object[] children, int[] hashes) {
        this.keys = keys;
        this.children = children;
        this.hashes = hashes;
        this.mask = keys.length - 1;
    }

    @SuppressWarnings("unchecked")
    static <N> StaticChildren<N> of(Map<String, N> map) {
        if (map.isEmpty()) {
            return (StaticChildren<N>) NONE;
        }
        int capacity = Integer.highestOneBit(Math.max(2, map.size() * 2 - 1)) << 1;
        String[] keys = new String[capacity];
        Object[] children = new Object[capacity];
        int[] hashes = new int[capacity];
        map.forEach((key, child) -> {
            int hash = key.hashCode();
            int slot = spread(hash) & (capacity - 1);
            while (keys[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = key;
            children[slot] = child;
            hashes[slot] = hash;
        });
        return new StaticChildren<>(keys, children, hashes);
    }

    /** The child of a whole key. */
    N get(String key) {
        return get(key, 0, key.length());
    }

    /** The child whose key is {@code text.substring(from, to)}, found without creating that string. */
    @SuppressWarnings("unchecked")
    N get(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int length = to - from;
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (hashes[slot] == hash && key.length() == length && text.regionMatches(from, key, 0, length)) {
                return (N) children[slot];
            }
        }
        return null;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
