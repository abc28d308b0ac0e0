package io.routehandlers.internal.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * Entity tags (RFC 9110 8.8.3) and the {@code If-Match} / {@code If-None-Match} lists that name them (13.1.1,
 * 13.1.2): the tag of a body, and the weak comparison.
 */
public final class EntityTags {

    private EntityTags() {}

    /** A strong entity tag of a body: 128 bits of its SHA-256, base64url, quoted. */
    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /**
     * Whether a list names the entity tag by the weak comparison, as {@code If-None-Match} compares (RFC 9110
     * 13.1.2): {@code *}, or a tag equal to it with either one weak. A tag may hold a comma, so the list is read tag by
     * tag, not split on commas. An element without quotes is compared as it is, for a handler that set an
     * {@code ETag} without them.
     */
    public static boolean matches(String list, String etag) {
        return find(list, etag);
    }

    private static boolean find(String list, String etag) {
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        int i = 0;
        while (i < list.length()) {
            char c = list.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
            } else if (c == '*') {
                return true;
            } else {
                int open = list.startsWith("W/", i) ? i + 2 : i;
                int close = open < list.length() && list.charAt(open) == '"' ? list.indexOf('"', open + 1) : -1;
                if (close < 0) {
                    int comma = list.indexOf(',', i);
                    int end = comma < 0 ? list.length() : comma;
                    if (list.substring(i, end).strip().equals(opaque)) {
                        return true;
                    }
                    i = end + 1;
                } else if (list.substring(open, close + 1).equals(opaque)) {
                    return true;
                } else {
                    i = close + 1;
                }
            }
        }
        return false;
    }
}
