package io.routehandlers.internal.config;

import io.routehandlers.internal.http.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The client's address of a request (S-16.1): the address of the connection's peer, unless the peer is one of the
 * application's trusted proxies ({@code routehandlers.trusted-proxies}); then the forwarding header the proxies write
 * ({@code X-Forwarded-For} by default, or {@code Forwarded}) is read from the right, each proxy having appended the
 * address of its own peer, and the first address that is not a trusted proxy is the client. The entries left of it
 * are whatever the client wrote and are never read. An entry that is no address ({@code unknown}, an obfuscated
 * identifier) ends the walk: the proxy that wrote it is the client, as nothing it says can be trusted further.
 *
 * @param ranges the trusted proxies; empty when none is configured, and the peer is then always the client
 * @param header the forwarding header read, {@link #X_FORWARDED_FOR} or {@link #FORWARDED}
 */
public record TrustedProxies(List<Range> ranges, String header) {

    /** {@code X-Forwarded-For}: addresses separated by commas. */
    public static final String X_FORWARDED_FOR = "X-Forwarded-For";

    /** {@code Forwarded} (RFC 7239): elements separated by commas, the client in each one's {@code for} parameter. */
    public static final String FORWARDED = "Forwarded";

    /** No trusted proxy: the peer is the client. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of(), X_FORWARDED_FOR);

    /** How many entries of a forwarding header are read at most: no chain of proxies is longer. */
    private static final int MAX_HOPS = 32;

    public TrustedProxies {
        ranges = List.copyOf(ranges);
    }

    /**
     * An address or a CIDR range: {@code 10.0.0.7}, {@code 10.0.0.0/8}, {@code fd00::/8}.
     *
     * @param address the range's first address
     * @param bits the prefix length
     */
    public record Range(IpAddress address, int bits) {

        /**
         * Parses a range.
         *
         * @return the range, or empty when the text is neither an address nor a CIDR range
         */
        public static Optional<Range> parse(String text) {
            int slash = text.indexOf('/');
            Optional<IpAddress> address = IpAddress.parse(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                return Optional.empty();
            }
            int max = address.get().bits();
            if (slash < 0) {
                return Optional.of(new Range(address.get(), max));
            }
            String prefix = text.substring(slash + 1);
            // A prefix of 0 would trust every peer, and with it whatever any client writes.
            if (!prefix.matches("[0-9]{1,3}") || Integer.parseInt(prefix) > max || Integer.parseInt(prefix) == 0) {
                return Optional.empty();
            }
            int bits = Integer.parseInt(prefix);
            return Optional.of(new Range(address.get().prefix(bits), bits));
        }

        boolean contains(IpAddress candidate) {
            return address.sharesPrefix(candidate, bits);
        }
    }

    /**
     * The client's address.
     *
     * @param peer the address of the connection's peer, as the server reports it
     * @param headers every value of a request header, in order
     * @return the client's address, in canonical text form; the peer's text as reported when it is no address
     */
    public String client(String peer, Function<String, List<String>> headers) {
        return clientIp(peer, headers).map(IpAddress::toString).orElse(peer);
    }

    /**
     * The client's address, parsed.
     *
     * @return the address; empty when the peer is no address (a server that reports none)
     */
    public Optional<IpAddress> clientIp(String peer, Function<String, List<String>> headers) {
        Optional<IpAddress> parsed = IpAddress.parse(
                peer.length() > 2 && peer.startsWith("[") && peer.endsWith("]")
                        ? peer.substring(1, peer.length() - 1)
                        : peer);
        if (parsed.isEmpty() || ranges.isEmpty() || !trusted(parsed.get())) {
            return parsed;
        }
        IpAddress client = parsed.get();
        List<String> entries = entries(headers.apply(header));
        for (int i = entries.size() - 1; i >= 0 && trusted(client); i--) {
            Optional<IpAddress> next = address(entries.get(i));
            if (next.isEmpty()) {
                break;
            }
            client = next.get();
        }
        return Optional.of(client);
    }

    private boolean trusted(IpAddress address) {
        for (Range range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The header's entries in order, at most the last {@link #MAX_HOPS}: the addresses of {@code X-Forwarded-For}, or
     * the {@code for} parameters of {@code Forwarded} (an element without one is an empty entry). Commas and semicolons
     * split whatever quotes say: no address holds one, and a quote the client left open must not swallow the entries
     * the proxies appended after it.
     */
    private List<String> entries(List<String> values) {
        List<String> entries = new ArrayList<>();
        for (String value : values) {
            for (String element : value.split(",", -1)) {
                entries.add(header.equals(FORWARDED) ? forParameter(element) : element.trim());
            }
        }
        return entries.size() > MAX_HOPS ? entries.subList(entries.size() - MAX_HOPS, entries.size()) : entries;
    }

    /**
     * The value of an element's {@code for} parameter: a token, or one quoted string without escapes; empty when it
     * has none or another value.
     */
    private static String forParameter(String element) {
        for (String pair : element.split(";", -1)) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("for")) {
                String value = pair.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.indexOf('"') < 0 && value.indexOf('\\') < 0 ? value : "";
            }
        }
        return "";
    }

    /**
     * The address of an entry: an address, or one with a port ({@code 192.0.2.1:4711}, {@code [2001:db8::1]:4711}).
     */
    private static Optional<IpAddress> address(String entry) {
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0 || !(close == entry.length() - 1 || entry.charAt(close + 1) == ':')) {
                return Optional.empty();
            }
            String inside = entry.substring(1, close);
            return inside.indexOf(':') < 0 ? Optional.empty() : IpAddress.parse(inside);
        }
        int colon = entry.indexOf(':');
        if (colon >= 0 && colon == entry.lastIndexOf(':')) {
            return IpAddress.parse(entry.substring(0, colon)).filter(a -> !a.ipv6());
        }
        return IpAddress.parse(entry);
    }
}
