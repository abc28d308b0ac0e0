package io.routehandlers.internal.cookies;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.CookieOptions;
import io.routehandlers.CookiePriority;
import io.routehandlers.ResponseCookie;
import io.routehandlers.SameSite;
import io.routehandlers.internal.http.UriComponents;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** S-5.4: Set-Cookie strings byte-identical to Next.js. */
class SetCookieTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void specExampleWithEveryCommonAttribute() {
        ResponseCookie cookie = new ResponseCookie(
                "b",
                "two words",
                CookieOptions.builder()
                        .path("/x")
                        .maxAge(60)
                        .secure(true)
                        .httpOnly(true)
                        .sameSite(SameSite.STRICT)
                        .build());
        assertThat(SetCookie.format(cookie, NOW))
                .isEqualTo("b=two%20words; Path=/x; Expires=Sat, 21 Nov 2026 10:01:00 GMT; Max-Age=60; Secure; "
                        + "HttpOnly; SameSite=strict");
    }

    @Test
    void plainCookieGetsTheDefaultPath() {
        assertThat(SetCookie.format(new ResponseCookie("token", "abc"), NOW)).isEqualTo("token=abc; Path=/");
    }

    @Test
    void deleteSendsAnEmptyValueExpiredAtTheEpoch() {
        CookieJar jar = new CookieJar(List::of);
        jar.delete("gone");
        assertThat(jar.setCookieHeaders(Set.of(), NOW))
                .containsExactly("gone=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    }

    @Test
    void everyAttributeInNextJsOrder() {
        ResponseCookie cookie = new ResponseCookie(
                "all",
                "v",
                CookieOptions.builder()
                        .domain("example.com")
                        .expires(Instant.parse("2030-01-05T08:09:10Z"))
                        .secure(true)
                        .httpOnly(true)
                        .sameSite(SameSite.NONE)
                        .partitioned(true)
                        .priority(CookiePriority.HIGH)
                        .path("/p")
                        .build());
        assertThat(SetCookie.format(cookie, NOW))
                .isEqualTo("all=v; Path=/p; Expires=Sat, 05 Jan 2030 08:09:10 GMT; "
                        + "Domain=example.com; Secure; HttpOnly; SameSite=none; Partitioned; Priority=high");
    }

    @Test
    void zeroOrNegativeMaxAgeSetsNoExpires() {
        assertThat(SetCookie.format(
                        new ResponseCookie(
                                "a", "1", CookieOptions.builder().maxAge(0).build()),
                        NOW))
                .isEqualTo("a=1; Path=/; Max-Age=0");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "two words          | two%20words",
                "a=b;c              | a%3Db%3Bc",
                "safe-_.!~*'()AZaz09 | safe-_.!~*'()AZaz09",
                "café               | caf%C3%A9",
                "100%               | 100%25",
                "x/y?z&w            | x%2Fy%3Fz%26w",
            })
    void valuesAreEncodedAsEncodeUriComponent(String value, String encoded) {
        assertThat(UriComponents.encode(value)).isEqualTo(encoded);
    }

    @Test
    void unpairedSurrogateOfAReceivedCookieIsEncodedAsTheReplacementCharacter() {
        assertThat(UriComponents.encode("a\uD83Cb")).isEqualTo("a%EF%BF%BDb");
    }

    @Test
    void emojiIsEncodedAsUtf8() {
        assertThat(UriComponents.encode("\uD83C\uDF6A")).isEqualTo("%F0%9F%8D%AA");
    }
}
