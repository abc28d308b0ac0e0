package io.routehandlers.internal.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Entity tags (RFC 9110 8.8.3) and the {@code If-Match} / {@code If-None-Match} lists that name them (13.1.1,
 * 13.1.2): the tag of a body, and the weak and strong comparisons.
 */
public final class EntityTags {

    private EntityTags() {}

    /** A strong entity tag of a body: 128 bits of its SHA-256, base64url, quoted. */
    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return quoted(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /**
     * An application's tag as a strong entity tag: quoted, unless it is one already ({@code "v1"} or {@code W/"v1"}).
     *
     * @return the tag, or {@code null} when it holds characters a tag cannot ({@code "}, controls, non-ASCII)
     */
    public static String quoted(String opaque) {
        String prefix = opaque.startsWith("W/\"") ? "W/" : "";
        String inner = opaque.substring(prefix.length());
        if (inner.length() >= 2 && inner.startsWith("\"") && inner.endsWith("\"")) {
            return valid(inner.substring(1, inner.length() - 1)) ? opaque : null;
        }
        return valid(opaque) ? "\"" + opaque + "\"" : null;
    }

    /** Whether the characters may stand between a tag's quotes (RFC 9110 8.8.3: etagc, ASCII only). */
    private static boolean valid(String opaque) {
        return opaque.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x7e));
    }

    /**
     * Whether a list names the entity tag by the weak comparison, as {@code If-None-Match} compares (RFC 9110
     * 13.1.2): {@code *}, or a tag equal to it with either one weak. A tag may hold a comma, so the list is read tag by
     * tag, not split on commas. An element without quotes is compared as it is, for a handler that set an
     * {@code ETag} without them.
     */
    public static boolean matches(String list, String etag) {
        return find(list, etag, false);
    }

    /**
     * Whether a list names the entity tag by the strong comparison, as {@code If-Match} compares (13.1.1):
     * {@code *}, or a tag equal to it with neither weak.
     */
    public static boolean matchesStrongly(String list, String etag) {
        return list.strip().equals("*") || (!etag.startsWith("W/") && find(list, etag, true));
    }

    private static boolean find(String list, String etag, boolean strong) {
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        int i = 0;
        while (i < list.length()) {
            char c = list.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
            } else if (c == '*') {
                return true;
            } else {
                boolean weak = list.startsWith("W/", i);
                int open = weak ? i + 2 : i;
                int close = open < list.length() && list.charAt(open) == '"' ? list.indexOf('"', open + 1) : -1;
                if (close < 0) {
                    int comma = list.indexOf(',', i);
                    int end = comma < 0 ? list.length() : comma;
                    if (!strong && list.substring(i, end).strip().equals(opaque)) {
                        return true;
                    }
                    i = end + 1;
                } else if (list.substring(open, close + 1).equals(opaque) && !(strong && weak)) {
                    return true;
                } else {
                    i = close + 1;
                }
            }
        }
        return false;
    }
}
