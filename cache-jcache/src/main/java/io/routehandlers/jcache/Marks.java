package io.routehandlers.jcache;

import io.routehandlers.spi.CachedResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * When each key, route and tag was last revalidated on demand, in nanoseconds since the epoch: one value in the
 * store, read with every answer. An answer rendered at or before the mark of its key, its route or one of its tags is
 * revalidated (S-12.3). The value is text, one {@code name TAB nanos} line per mark in name order, so that every
 * provider compares two versions by content in a compare-and-set; tabs, line breaks and backslashes in names are
 * escaped. The value stays small: beyond {@link #MAX} marks, the oldest are folded into one floor, and every answer
 * rendered at or before the floor is revalidated (rendered once more), which errs on the safe side.
 *
 * @param text the value as stored
 * @param all the marks by name
 */
record Marks(String text, SortedMap<String, Long> all) {

    /** The marks' key in the revalidations cache. */
    static final String ALL = "marks";

    /** How many marks the value holds at most, besides the floor. */
    static final int MAX = 500;

    /** The name of the floor: every answer rendered at or before it is revalidated. */
    static final String FLOOR = "floor";

    static String key(String key) {
        return "k:" + key;
    }

    static String route(String route) {
        return "r:" + route;
    }

    static String tag(String tag) {
        return "t:" + tag;
    }

    /** The name of a stale mark of a key, route or tag mark's name (S-8.15): when its entries went stale. */
    static String stale(String name) {
        return "s:" + name;
    }

    /** The name of how long, in nanoseconds, the entries of a stale mark may still be served stale. */
    static String staleFor(String name) {
        return "x:" + name;
    }

    static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /** The mark of a name, or {@code null}. */
    Long at(String name) {
        return all.get(name);
    }

    /** Whether an answer was rendered at or before a mark of its key, route or tags. */
    boolean revalidate(String key, CachedResponse entry) {
        return revalidate(key, entry.route(), entry.tags(), entry.generated());
    }

    /** Whether an answer of a key, a route and tags whose render started then is at or before one of their marks. */
    boolean revalidate(String key, String route, List<String> tags, Instant started) {
        if (all.isEmpty()) {
            return false;
        }
        long generated = nanos(started);
        if (after(FLOOR, generated) || after(key(key), generated) || after(route(route), generated)) {
            return true;
        }
        for (String tag : tags) {
            if (after(tag(tag), generated)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entry, shortened by each stale mark of its key, route or tags made at or after its render started (S-8.15).
     * A mark whose duration was folded away (beyond {@link #MAX}) lets the entry be served stale no longer.
     */
    CachedResponse staled(String key, CachedResponse entry) {
        if (all.isEmpty()) {
            return entry;
        }
        CachedResponse staled = stale(key(key), entry);
        staled = stale(route(entry.route()), staled);
        for (String tag : entry.tags()) {
            staled = stale(tag(tag), staled);
        }
        return staled;
    }

    private CachedResponse stale(String name, CachedResponse entry) {
        Long mark = all.get(stale(name));
        if (mark == null || mark < nanos(entry.generated())) {
            return entry;
        }
        Long expire = all.get(staleFor(name));
        return entry.staleSince(
                Instant.ofEpochSecond(0, mark), Duration.ofNanos(expire == null ? 0 : Math.max(0, expire)));
    }

    private boolean after(String name, long generated) {
        Long mark = all.get(name);
        return mark != null && mark >= generated;
    }

    /**
     * The marks, at most {@link #MAX} of them: beyond that the oldest are removed down to half of it, and the floor
     * raised to the newest removed.
     */
    static TreeMap<String, Long> bounded(TreeMap<String, Long> all) {
        Long floor = all.remove(FLOOR);
        // Copies: a TreeMap reuses the entry objects of removed nodes for their successors. The durations of stale
        // marks are no times: they go with their mark, never into the floor.
        List<Map.Entry<String, Long>> oldestFirst = new ArrayList<>();
        all.forEach((name, mark) -> {
            if (!name.startsWith("x:")) {
                oldestFirst.add(Map.entry(name, mark));
            }
        });
        if (oldestFirst.size() > MAX) {
            oldestFirst.sort(Map.Entry.comparingByValue());
            for (Map.Entry<String, Long> old : oldestFirst.subList(0, oldestFirst.size() - MAX / 2)) {
                all.remove(old.getKey());
                if (old.getKey().startsWith("s:")) {
                    all.remove("x:" + old.getKey().substring(2)); // a folded stale mark revalidates: on the safe side
                }
                floor = floor == null ? old.getValue() : Math.max(floor, old.getValue());
            }
        }
        if (floor != null) {
            all.put(FLOOR, floor);
        }
        return all;
    }

    static Marks parse(String text) {
        TreeMap<String, Long> all = new TreeMap<>();
        for (String line : text.split("\n")) {
            int tab = line.lastIndexOf('\t');
            try {
                if (tab > 0) {
                    all.put(unescape(line.substring(0, tab)), Long.parseLong(line.substring(tab + 1)));
                }
            } catch (NumberFormatException e) {
                // A line this version cannot read (written by hand, or by another format): not a mark.
            }
        }
        return new Marks(text, all);
    }

    static String format(Map<String, Long> all) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(all)
                .forEach((name, mark) ->
                        text.append(escape(name)).append('\t').append(mark).append('\n'));
        return text.toString();
    }

    private static String escape(String name) {
        return name.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' && i + 1 < name.length()) {
                char next = name.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
