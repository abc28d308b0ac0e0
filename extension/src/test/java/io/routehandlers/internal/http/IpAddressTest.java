package io.routehandlers.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

    @ParameterizedTest
    @CsvSource({
        "192.0.2.7, 192.0.2.7",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "::1, ::1",
        "0:0:0:0:0:0:0:1, ::1",
        "2001:DB8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "2001:db8::, 2001:db8::",
        "::, ::",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "fe80::1%eth0, fe80::1",
        "::ffff:192.0.2.7, 192.0.2.7",
        "64:ff9b::192.0.2.7, 64:ff9b::c000:207"
    })
    void parsesLiteralsToTheirCanonicalForm(String text, String canonical) {
        assertThat(IpAddress.parse(text))
                .hasValueSatisfying(a -> assertThat(a.toString()).isEqualTo(canonical));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "1.2.3",
                "127.1",
                "1.2.3.4.5",
                "256.1.1.1",
                "01.2.3.4",
                "1.2.3.4 ",
                "localhost",
                "unknown",
                "_hidden",
                "1::2::3",
                "1:2:3:4:5:6:7:8:9",
                "12345::1",
                "g::1",
                "::1.2.3",
                "1:2:3:4:5:6:7::8:9",
                "\u0661.2.3.4",
                "\uff11::1",
                "192.0.2.1%eth0",
                "fe80::1%",
                "fe80::1%a b"
            })
    void refusesWhatIsNoLiteral(String text) {
        assertThat(IpAddress.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "10.1.2.3, 10.0.0.0, 8, true",
        "11.1.2.3, 10.0.0.0, 8, false",
        "192.0.2.200, 192.0.2.128, 25, true",
        "192.0.2.100, 192.0.2.128, 25, false",
        "2001:db8:1:2:3::, 2001:db8:1:2::, 64, true",
        "2001:db8:1:3::, 2001:db8:1:2::, 64, false",
        "10.0.0.1, ::, 0, false"
    })
    void comparesPrefixesOfOneFamily(String address, String network, int bits, boolean shared) {
        assertThat(IpAddress.parse(address)
                        .orElseThrow()
                        .sharesPrefix(IpAddress.parse(network).orElseThrow(), bits))
                .isEqualTo(shared);
    }

    @ParameterizedTest
    @CsvSource({"2001:db8:1:2:3:4:5:6, 64, 2001:db8:1:2::", "192.0.2.200, 25, 192.0.2.128", "192.0.2.7, 0, 0.0.0.0"})
    void clearsTheBitsAfterAPrefix(String address, int bits, String prefix) {
        assertThat(IpAddress.parse(address).orElseThrow().prefix(bits).toString())
                .isEqualTo(prefix);
    }
}
