package io.routehandlers.internal.cookies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.CookieOptions;
import io.routehandlers.RequestCookie;
import io.routehandlers.ResponseCookie;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** S-5.3 and S-5.5: writes, reads of writes, and header-injection safety. */
class CookieJarTest {

    private final CookieJar jar = new CookieJar(() -> CookieHeader.parse("theme=dark; token=abc"));

    @Test
    void readsSeeTheWritesOfTheSameRequest() {
        jar.set("theme", "light");
        jar.delete("token");
        jar.set("lang", "fr");
        assertThat(jar.get("theme")).contains(new RequestCookie("theme", "light"));
        assertThat(jar.has("token")).isFalse();
        assertThat(jar.getAll()).containsExactly(new RequestCookie("theme", "light"), new RequestCookie("lang", "fr"));
    }

    @Test
    void eachWrittenCookieIsOneHeaderAndTheLastWriteOfANameWins() {
        jar.set("a", "1");
        jar.set("b", "2");
        jar.set("a", "3");
        assertThat(jar.setCookieHeaders(Set.of(), Instant.EPOCH)).containsExactly("b=2; Path=/", "a=3; Path=/");
    }

    @Test
    void cookieTheHandlerSetItselfIsLeftToTheHandler() {
        jar.set("a", "store");
        jar.set("b", "store");
        assertThat(jar.setCookieHeaders(Set.of("a"), Instant.EPOCH)).containsExactly("b=store; Path=/");
    }

    @Test
    void deleteWithAPathKeepsThePathAndDomain() {
        jar.delete(
                "s",
                CookieOptions.builder().path("/account").domain("example.com").build());
        assertThat(jar.setCookieHeaders(Set.of(), Instant.EPOCH))
                .containsExactly("s=; Path=/account; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Domain=example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bad name", "semi;colon", "a=b", "new\nline", "caf\u00e9"})
    void nameThatIsNotATokenIsRejected(String name) {
        assertThatThrownBy(() -> jar.set(name, "v"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid cookie name '" + name + "': it must be an RFC 6265 token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\r\nSet-Cookie: admin=1", "a;b", "line\nbreak", "cr\r"})
    void valueThatCouldSplitTheHeaderIsRejectedNamingTheCookie(String value) {
        assertThatThrownBy(() -> jar.set("session", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for cookie 'session': it must not be null or contain CR, LF or ';'");
    }

    @Test
    void pathOrDomainThatCouldSplitTheHeaderIsRejected() {
        assertThatThrownBy(() -> CookieOptions.builder().path("/a;Domain=evil"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid cookie path '/a;Domain=evil': it must not be null or contain CR, LF or ';'");
        assertThatThrownBy(() -> CookieOptions.builder().domain("x\r\nX: y"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valueWithAnUnpairedSurrogateIsRejectedNamingTheCookie() {
        assertThatThrownBy(() -> jar.set("emoji", "\uD83C"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid value for cookie 'emoji': it has an unpaired surrogate at index 0");
    }

    @Test
    void responseCookieChecksItsParts() {
        assertThatThrownBy(() -> new ResponseCookie("ok", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
