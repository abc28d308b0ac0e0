package io.routehandlers.internal.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes the dot-segments of a raw request path (RFC 3986, section 5.2.4) before it is matched, so a route sees the
 * path the server's own security constraints see: {@code /a/./b} and {@code /a/x/../b} are {@code /a/b}. A segment
 * is a dot-segment when its text before any {@code ;} path parameter is {@code .} or {@code ..}, with each dot
 * literal or escaped as {@code %2E} (either case): servers differ in whether they resolve the escaped forms, and
 * a route must not be reachable under a path a constraint does not cover.
 */
public final class DotSegments {

    private DotSegments() {}

    /**
     * The path without dot-segments.
     *
     * @param path a raw path starting with {@code /}
     * @return the same string when it has no dot-segment (the common case, checked without allocating); the resolved
     *     path, which ends with {@code /} when its last segment was a dot-segment; or {@code null} when a {@code ..}
     *     climbs above the root
     */
    public static String remove(String path) {
        if (!hasDotSegment(path)) {
            return path;
        }
        List<String> kept = new ArrayList<>();
        boolean endsInDirectory = false;
        int start = 1;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int dots = dots(path, start, end);
            endsInDirectory = dots > 0;
            if (dots == 2) {
                if (kept.isEmpty()) {
                    return null;
                }
                kept.remove(kept.size() - 1);
            } else if (dots == 0) {
                kept.add(path.substring(start, end));
            }
            start = end + 1;
        }
        StringBuilder resolved = new StringBuilder(path.length());
        for (String segment : kept) {
            resolved.append('/').append(segment);
        }
        if (endsInDirectory || resolved.length() == 0) {
            resolved.append('/');
        }
        return resolved.toString();
    }

    private static boolean hasDotSegment(String path) {
        for (int i = 0; i < path.length(); i = path.indexOf('/', i + 1)) {
            if (i < 0) {
                return false;
            }
            int end = path.indexOf('/', i + 1);
            if (dots(path, i + 1, end < 0 ? path.length() : end) > 0) {
                return true;
            }
        }
        return false;
    }

    /** 1 for {@code .}, 2 for {@code ..} (literal or escaped, path parameters ignored), else 0. */
    private static int dots(String path, int start, int end) {
        int count = 0;
        int i = start;
        while (i < end && path.charAt(i) != ';') {
            if (path.charAt(i) == '.') {
                i++;
            } else if (path.startsWith("%2", i) && i + 2 < end && (path.charAt(i + 2) | 0x20) == 'e') {
                i += 3;
            } else {
                return 0;
            }
            if (++count > 2) {
                return 0;
            }
        }
        return count;
    }
}
