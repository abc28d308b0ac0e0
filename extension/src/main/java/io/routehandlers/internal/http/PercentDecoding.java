package io.routehandlers.internal.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict percent-decoding of path segments and form/query components, UTF-8 only. */
public final class PercentDecoding {

    private PercentDecoding() {}

    /** Thrown for a truncated or non-hex escape, or bytes that are not UTF-8. */
    public static final class MalformedEscapeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String input;

        MalformedEscapeException(String input) {
            super("Malformed percent-encoding in '" + input + "'");
            this.input = input;
        }

        /** The text that failed to decode. */
        public String input() {
            return input;
        }
    }

    /** Decodes a path segment: {@code +} stays {@code +}. */
    public static String decodePathSegment(String s) {
        return decode(s, false);
    }

    /** Decodes a query or urlencoded form component: {@code +} is a space. */
    public static String decodeFormComponent(String s) {
        return decode(s, true);
    }

    private static String decode(String s, boolean plusIsSpace) {
        int firstSpecial = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' || (plusIsSpace && c == '+')) {
                firstSpecial = i;
                break;
            }
        }
        if (firstSpecial < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, firstSpecial);
        ByteBuffer bytes = null;
        int i = firstSpecial;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                if (bytes == null) {
                    bytes = ByteBuffer.allocate(s.length() / 3);
                }
                bytes.clear();
                while (i < s.length() && s.charAt(i) == '%') {
                    if (i + 2 >= s.length()) {
                        throw new MalformedEscapeException(s);
                    }
                    int hi = Character.digit(s.charAt(i + 1), 16);
                    int lo = Character.digit(s.charAt(i + 2), 16);
                    if (hi < 0 || lo < 0) {
                        throw new MalformedEscapeException(s);
                    }
                    bytes.put((byte) ((hi << 4) + lo));
                    i += 3;
                }
                bytes.flip();
                out.append(utf8(bytes, s));
            } else {
                out.append(plusIsSpace && c == '+' ? ' ' : c);
                i++;
            }
        }
        return out.toString();
    }

    private static CharBuffer utf8(ByteBuffer bytes, String input) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new MalformedEscapeException(input);
        }
    }
}
