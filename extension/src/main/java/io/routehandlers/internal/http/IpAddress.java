package io.routehandlers.internal.http;

import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address parsed from its text, for the client identity of S-16.1. Written here rather than with
 * {@code InetAddress.getByName}, which resolves any text that is not a literal through DNS (a header value must never
 * cause a lookup) and accepts forms such as {@code 127.1} that no proxy writes. An IPv4-mapped IPv6 address
 * ({@code ::ffff:192.0.2.1}) is its IPv4 address, as the servers report a dual-stack socket's IPv4 peer differently.
 *
 * @param bytes 4 bytes for IPv4, 16 for IPv6, in network order
 */
public record IpAddress(byte[] bytes) {

    /** An address of 4 or 16 bytes, copied. */
    public IpAddress {
        if (bytes.length != 4 && bytes.length != 16) {
            throw new IllegalArgumentException("An IP address has 4 or 16 bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /** The address's bytes, a copy. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of bits of the address: 32 or 128. */
    public int bits() {
        return bytes.length * 8;
    }

    /**
     * Parses an address literal: dotted IPv4 ({@code 192.0.2.1}) or IPv6 in any RFC 4291 text form, with an optional
     * zone ({@code fe80::1%eth0}: letters, digits and {@code . _ ~ -}, dropped).
     *
     * @return the address, or empty when the text is no address literal
     */
    public static Optional<IpAddress> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 64) {
            return Optional.empty();
        }
        int zone = text.indexOf('%');
        String literal = zone < 0 ? text : text.substring(0, zone);
        if (zone >= 0 && (literal.indexOf(':') < 0 || !text.substring(zone + 1).matches("[A-Za-z0-9._~-]+"))) {
            return Optional.empty();
        }
        byte[] parsed = literal.indexOf(':') < 0 ? ipv4(literal) : ipv6(literal);
        if (parsed == null) {
            return Optional.empty();
        }
        if (parsed.length == 16 && mappedIpv4(parsed)) {
            parsed = Arrays.copyOfRange(parsed, 12, 16);
        }
        return Optional.of(new IpAddress(parsed));
    }

    /** Whether this is an IPv6 address. */
    public boolean ipv6() {
        return bytes.length == 16;
    }

    /** Whether the first {@code bits} bits equal those of another address of the same family. */
    public boolean sharesPrefix(IpAddress other, int bits) {
        if (other.bytes.length != bytes.length) {
            return false;
        }
        int whole = bits / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != other.bytes[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[whole] & mask) == (other.bytes[whole] & mask);
    }

    /** The address with every bit after the first {@code bits} cleared. */
    public IpAddress prefix(int bits) {
        byte[] cleared = bytes.clone();
        for (int i = 0; i < cleared.length; i++) {
            int kept = Math.max(0, Math.min(8, bits - i * 8));
            cleared[i] = (byte) (cleared[i] & ((0xFF << (8 - kept)) & 0xFF));
        }
        return new IpAddress(cleared);
    }

    /** The address as text: dotted IPv4, or IPv6 in the canonical form of RFC 5952 ({@code 2001:db8::1}). */
    @Override
    public String toString() {
        if (!ipv6()) {
            return (bytes[0] & 0xFF) + "." + (bytes[1] & 0xFF) + "." + (bytes[2] & 0xFF) + "." + (bytes[3] & 0xFF);
        }
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = ((bytes[2 * i] & 0xFF) << 8) | (bytes[2 * i + 1] & 0xFF);
        }
        // The longest run of two or more zero groups, the first of equal runs, becomes "::".
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress address && Arrays.equals(bytes, address.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    private static boolean mappedIpv4(byte[] address) {
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xFF && address[11] == (byte) 0xFF;
    }

    /** Four decimal numbers from 0 to 255, without leading zeros (which some parsers read as octal). */
    private static byte[] ipv4(String text) {
        byte[] address = new byte[4];
        int part = 0;
        int value = -1;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                if (digits > 0 && value == 0) {
                    return null;
                }
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (++digits > 3 || value > 255) {
                    return null;
                }
            } else if (c == '.' && value >= 0 && part < 4) {
                address[part++] = (byte) value;
                value = -1;
                digits = 0;
            } else {
                return null;
            }
        }
        return part == 4 ? address : null;
    }

    /** Eight groups of one to four hex digits, one {@code ::} for a run of zero groups, an IPv4 tail allowed. */
    private static byte[] ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        int[] before = groups(head, gap < 0);
        int[] after = gap < 0 ? new int[0] : groups(tail, true);
        if (before == null || after == null) {
            return null;
        }
        int count = before.length + after.length;
        if (gap < 0 ? count != 8 : count > 7) {
            return null;
        }
        byte[] address = new byte[16];
        for (int i = 0; i < before.length; i++) {
            address[2 * i] = (byte) (before[i] >> 8);
            address[2 * i + 1] = (byte) before[i];
        }
        for (int i = 0; i < after.length; i++) {
            int at = 8 - after.length + i;
            address[2 * at] = (byte) (after[i] >> 8);
            address[2 * at + 1] = (byte) after[i];
        }
        return address;
    }

    /** The 16-bit groups of one side of {@code ::}; an IPv4 address may end the last side as two groups. */
    private static int[] groups(String text, boolean last) {
        if (text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(":", -1);
        int[] groups = new int[parts.length + 1];
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (last && i == parts.length - 1 && part.indexOf('.') >= 0) {
                byte[] v4 = ipv4(part);
                if (v4 == null) {
                    return null;
                }
                groups[n++] = ((v4[0] & 0xFF) << 8) | (v4[1] & 0xFF);
                groups[n++] = ((v4[2] & 0xFF) << 8) | (v4[3] & 0xFF);
                continue;
            }
            if (part.isEmpty() || part.length() > 4) {
                return null;
            }
            int value = 0;
            for (int j = 0; j < part.length(); j++) {
                char c = part.charAt(j);
                int digit = c >= '0' && c <= '9'
                        ? c - '0'
                        : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
                if (digit < 0) {
                    return null; // ASCII only: Character.digit would take other scripts' digits too
                }
                value = value * 16 + digit;
            }
            groups[n++] = value;
        }
        return Arrays.copyOf(groups, n);
    }
}
