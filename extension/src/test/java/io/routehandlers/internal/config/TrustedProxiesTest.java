package io.routehandlers.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The client's address behind proxies (S-16.1). */
class TrustedProxiesTest {

    private static TrustedProxies trusting(String header, String... ranges) {
        return new TrustedProxies(
                Arrays.stream(ranges)
                        .map(r -> TrustedProxies.Range.parse(r).orElseThrow())
                        .toList(),
                header);
    }

    private static String client(TrustedProxies proxies, String peer, String name, String... values) {
        Map<String, List<String>> headers = Map.of(name.toLowerCase(), List.of(values));
        return proxies.client(peer, n -> headers.getOrDefault(n.toLowerCase(), List.of()));
    }

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeadersSay() {
        assertThat(client(TrustedProxies.NONE, "192.0.2.7", "X-Forwarded-For", "203.0.113.1"))
                .isEqualTo("192.0.2.7");
    }

    @Test
    void aForgedHeaderFromAnUntrustedPeerChangesNothing() {
        TrustedProxies proxies = trusting(TrustedProxies.X_FORWARDED_FOR, "10.0.0.0/8");
        assertThat(client(proxies, "198.51.100.9", "X-Forwarded-For", "203.0.113.1, 10.0.0.2"))
                .isEqualTo("198.51.100.9");
    }

    @Test
    void theListIsReadFromTheRightPastTrustedProxies() {
        TrustedProxies proxies = trusting(TrustedProxies.X_FORWARDED_FOR, "10.0.0.0/8", "192.0.2.1");
        // The client wrote 1.1.1.1 itself; 203.0.113.5 is what the first trusted proxy saw.
        assertThat(client(proxies, "10.0.0.3", "X-Forwarded-For", "1.1.1.1, 203.0.113.5, 192.0.2.1"))
                .isEqualTo("203.0.113.5");
        // Several header lines are one list.
        assertThat(client(proxies, "10.0.0.3", "X-Forwarded-For", "1.1.1.1, 203.0.113.5", "10.0.0.9"))
                .isEqualTo("203.0.113.5");
        // Only trusted proxies all the way: the leftmost is the client.
        assertThat(client(proxies, "10.0.0.3", "X-Forwarded-For", "10.0.0.4")).isEqualTo("10.0.0.4");
        assertThat(client(proxies, "10.0.0.3", "X-Forwarded-For")).isEqualTo("10.0.0.3");
    }

    @Test
    void anEntryThatIsNoAddressEndsTheWalkAtTheProxyThatWroteIt() {
        TrustedProxies proxies = trusting(TrustedProxies.X_FORWARDED_FOR, "10.0.0.0/8");
        assertThat(client(proxies, "10.0.0.3", "X-Forwarded-For", "203.0.113.5, unknown"))
                .isEqualTo("10.0.0.3");
    }

    @Test
    void portsAndBracketsAreRead() {
        TrustedProxies proxies = trusting(TrustedProxies.X_FORWARDED_FOR, "10.0.0.0/8");
        assertThat(client(proxies, "10.0.0.3", "X-Forwarded-For", "203.0.113.5:4711"))
                .isEqualTo("203.0.113.5");
        assertThat(client(proxies, "10.0.0.3", "X-Forwarded-For", "[2001:db8::7]:4711"))
                .isEqualTo("2001:db8::7");
        assertThat(client(proxies, "10.0.0.3", "X-Forwarded-For", "2001:DB8:0::7"))
                .isEqualTo("2001:db8::7");
    }

    @Test
    void forwardedIsReadWhenConfigured() {
        TrustedProxies proxies = trusting(TrustedProxies.FORWARDED, "10.0.0.0/8", "fd00::/8");
        assertThat(client(
                        proxies,
                        "fd00::1",
                        "Forwarded",
                        "for=1.1.1.1, for=\"[2001:db8:cafe::17]:4711\";proto=https;by=10.0.0.1"))
                .isEqualTo("2001:db8:cafe::17");
        assertThat(client(proxies, "10.0.0.1", "Forwarded", "proto=https;FOR=203.0.113.9"))
                .isEqualTo("203.0.113.9");
        // X-Forwarded-For is not read when Forwarded is the header: the proxies may pass it as the client wrote it.
        assertThat(client(proxies, "10.0.0.1", "X-Forwarded-For", "203.0.113.9"))
                .isEqualTo("10.0.0.1");
        // An element without "for" ends the walk.
        assertThat(client(proxies, "10.0.0.1", "Forwarded", "for=203.0.113.9, proto=https"))
                .isEqualTo("10.0.0.1");
    }

    @Test
    void aQuoteTheClientLeftOpenSwallowsNoEntryOfTheProxies() {
        TrustedProxies forwarded = trusting(TrustedProxies.FORWARDED, "10.0.0.0/8");
        // The proxy appended ", for=203.0.113.5" to what the client wrote.
        assertThat(client(forwarded, "10.0.0.3", "Forwarded", "for=198.51.100.66;x=\", for=203.0.113.5"))
                .isEqualTo("203.0.113.5");
        assertThat(client(forwarded, "10.0.0.3", "Forwarded", "for=\"198.51.100.66, for=203.0.113.5"))
                .isEqualTo("203.0.113.5");
        TrustedProxies xff = trusting(TrustedProxies.X_FORWARDED_FOR, "10.0.0.0/8");
        assertThat(client(xff, "10.0.0.3", "X-Forwarded-For", "\", 203.0.113.5"))
                .isEqualTo("203.0.113.5");
    }

    @Test
    void aBracketedMappedIpv4EntryIsItsIpv4Address() {
        TrustedProxies proxies = trusting(TrustedProxies.FORWARDED, "10.0.0.0/8");
        assertThat(client(proxies, "10.0.0.3", "Forwarded", "for=\"[::ffff:203.0.113.5]:4711\""))
                .isEqualTo("203.0.113.5");
    }

    @Test
    void aBracketedPeerIsRead() {
        TrustedProxies proxies = trusting(TrustedProxies.X_FORWARDED_FOR, "::1");
        assertThat(client(proxies, "[::1]", "X-Forwarded-For", "203.0.113.5")).isEqualTo("203.0.113.5");
    }

    @Test
    void aMappedIpv4PeerIsItsIpv4Address() {
        TrustedProxies proxies = trusting(TrustedProxies.X_FORWARDED_FOR, "127.0.0.1");
        assertThat(client(proxies, "::ffff:127.0.0.1", "X-Forwarded-For", "203.0.113.5"))
                .isEqualTo("203.0.113.5");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "10.0.0.0/33",
                "10.0.0.0/",
                "10.0.0.0/-1",
                "fd00::/129",
                "10.0.0.0/8/8",
                "example.com",
                "0.0.0.0/0",
                "::/0",
                "10.0.0.0%x/8"
            })
    void badRangesAreRefused(String range) {
        assertThat(TrustedProxies.Range.parse(range)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"10.1.2.3/8, 10.255.0.1", "fd00::/8, fdff::1", "192.0.2.7, 192.0.2.7"})
    void rangesHoldTheirAddresses(String range, String address) {
        TrustedProxies proxies = trusting(TrustedProxies.X_FORWARDED_FOR, range);
        assertThat(client(proxies, address, "X-Forwarded-For", "203.0.113.5")).isEqualTo("203.0.113.5");
    }
}
