package io.routehandlers.internal.http;

import java.nio.charset.StandardCharsets;

/** JavaScript's {@code encodeURIComponent}, for cookie values (byte-identical to Next.js) and cache keys. */
public final class UriComponents {

    private static final String UNRESERVED = "-_.!~*'()";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriComponents() {}

    /**
     * All but {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )} as UTF-8 escapes. An unpaired surrogate, which JavaScript
     * rejects, is encoded as U+FFFD (values set through the API are checked first; this leniency only serves
     * cookies a client sent).
     */
    public static String encode(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean keep = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || UNRESERVED.indexOf(c) >= 0;
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            int end = pair ? i + 2 : i + 1;
            String character = Character.isSurrogate(c) && !pair ? "\uFFFD" : value.substring(i, end);
            for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out == null ? value : out.toString();
    }
}
