package io.routehandlers.internal.cookies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.routehandlers.RequestCookie;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** S-5.2: lenient parsing of the Cookie header. */
class CookieHeaderTest {

    @Test
    void specExampleSkipsEmptyPairsAndKeepsEqualsInValues() {
        assertThat(CookieHeader.parse("token=a=b; ;;garbage"))
                .containsExactly(new RequestCookie("token", "a=b"), new RequestCookie("garbage", "true"));
    }

    @Test
    void valuesAreUriDecoded() {
        assertThat(CookieHeader.parse("name=two%20words; emoji=%F0%9F%8D%AA"))
                .containsExactly(new RequestCookie("name", "two words"), new RequestCookie("emoji", "\uD83C\uDF6A"));
    }

    @Test
    void pairWithAMalformedEscapeIsSkipped() {
        assertThat(CookieHeader.parse("bad=%E0%A4%A; good=1")).containsExactly(new RequestCookie("good", "1"));
    }

    @Test
    void pairWithoutANameIsSkipped() {
        assertThat(CookieHeader.parse("=x; a=1")).containsExactly(new RequestCookie("a", "1"));
    }

    @Test
    void repeatedNamesAreAllKeptInOrder() {
        assertThat(new ReceivedCookies(CookieHeader.parse("a=1; a=2")).getAll("a"))
                .extracting(RequestCookie::value)
                .containsExactly("1", "2");
        assertThat(new ReceivedCookies(CookieHeader.parse("a=1; a=2")).get("a")).contains(new RequestCookie("a", "1"));
    }

    @Test
    void toStringIsTheHeaderForm() {
        assertThat(new ReceivedCookies(CookieHeader.parse("a=1;b=two%20words")).toString())
                .isEqualTo("a=1; b=two%20words");
    }

    @Test
    void tenThousandRandomHeadersNeverThrow() {
        Random random = new Random(7);
        String alphabet = "ab=;% \t\r\n\"\\,%E0%A4%F0%9F\u00e9\u0000\uD83C=;;==%%";
        assertThatCode(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        StringBuilder header = new StringBuilder();
                        int length = random.nextInt(60);
                        for (int j = 0; j < length; j++) {
                            header.append(alphabet.charAt(random.nextInt(alphabet.length())));
                        }
                        List<RequestCookie> cookies = CookieHeader.parse(header.toString());
                        new ReceivedCookies(cookies).toString();
                    }
                })
                .doesNotThrowAnyException();
    }
}
