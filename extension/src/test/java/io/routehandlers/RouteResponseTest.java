package io.routehandlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteResponseTest {

    @Test
    void jsonCarriesTheValueStatusAndMediaType() {
        RouteResponse response = RouteResponse.json(Map.of("a", 1), 201);
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains(Map.of("a", 1));
        assertThat(response.contentType()).contains("application/json");
    }

    @Test
    void redirectDefaultsTo307WithLocationAsGiven() {
        RouteResponse response = RouteResponse.redirect("/login?next=%2Fcart");
        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.headers()).containsExactly(Map.entry("Location", "/login?next=%2Fcart"));
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void redirectAcceptsTheRedirectStatuses(int status) {
        assertThat(RouteResponse.redirect("/x", status).statusCode()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 300, 304, 305, 404})
    void redirectRejectsOtherStatuses(int status) {
        assertThatThrownBy(() -> RouteResponse.redirect("/x", status))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid redirect status " + status + ": use 301, 302, 303, 307 or 308");
    }

    @Test
    void headerReturnsANewResponseAndKeepsRepeatedNames() {
        RouteResponse base = RouteResponse.status(204);
        RouteResponse withLinks = base.header("Link", "</a>").header("Link", "</b>");
        assertThat(base.headers()).isEmpty();
        assertThat(withLinks.headers()).containsExactly(Map.entry("Link", "</a>"), Map.entry("Link", "</b>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\r\nSet-Cookie: x=1", "a\nb", "a\rb", "a\u0000b", "a\u007fb", "a\u0100b", "é"})
    void headerValueWithAControlOrNonAsciiCharacterIsRejectedNamingTheHeader(String value) {
        assertThatThrownBy(() -> RouteResponse.text("ok").header("X-Note", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid value for header X-Note: character U+")
                .hasMessageEndingWith("; a header value holds only visible ASCII, space and tab");
    }

    @Test
    void headerValueMayHoldSpaceAndTab() {
        assertThat(RouteResponse.text("ok").header("X-Note", "a b\tc").headers())
                .containsExactly(Map.entry("X-Note", "a b\tc"));
    }

    @Test
    void redirectTargetOutsideAsciiIsPercentEncodedAsUtf8() {
        assertThat(RouteResponse.redirect("/docs/x\u0100y").headers())
                .containsExactly(Map.entry("Location", "/docs/x%C4%80y"));
        assertThat(RouteResponse.redirect("/caf\u00e9?q=\uD83C\uDF6A").headers())
                .containsExactly(Map.entry("Location", "/caf%C3%A9?q=%F0%9F%8D%AA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bad Name", "X:Y", "é"})
    void headerNameThatIsNotATokenIsRejected(String name) {
        assertThatThrownBy(() -> RouteResponse.text("ok").header(name, "v"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid header name '" + name + "': it must be an HTTP token");
    }

    @Test
    void redirectToAUrlWithCrLfIsEncodedAndCannotSplitTheAnswer() {
        assertThat(RouteResponse.redirect("/a\r\nSet-Cookie: x=1").headers())
                .containsExactly(Map.entry("Location", "/a%0D%0ASet-Cookie:%20x=1"));
        assertThatThrownBy(() -> Navigation.redirect("/a\u0000b"))
                .isInstanceOfSatisfying(
                        NavigationException.class, e -> assertThat(e.location()).contains("/a%00b"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 99, 600})
    void statusOutsideHttpRangeIsRejected(int status) {
        assertThatThrownBy(() -> RouteResponse.status(status))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid HTTP status " + status + ": use 100 to 599");
    }

    @Test
    void navigationHelpersThrowTheirKind() {
        assertThatThrownBy(() -> Navigation.redirect("/a")).isInstanceOfSatisfying(NavigationException.class, e -> {
            assertThat(e.kind()).isEqualTo(NavigationException.Kind.REDIRECT);
            assertThat(e.location()).contains("/a");
        });
        assertThatThrownBy(() -> Navigation.permanentRedirect("/b"))
                .isInstanceOfSatisfying(
                        NavigationException.class,
                        e -> assertThat(e.kind()).isEqualTo(NavigationException.Kind.PERMANENT_REDIRECT));
        assertThatThrownBy(Navigation::notFound)
                .isInstanceOfSatisfying(
                        NavigationException.class, e -> assertThat(e.location()).isEmpty());
        assertThatThrownBy(Navigation::forbidden)
                .isInstanceOfSatisfying(
                        NavigationException.class,
                        e -> assertThat(e.kind()).isEqualTo(NavigationException.Kind.FORBIDDEN));
        assertThatThrownBy(Navigation::unauthorized)
                .isInstanceOfSatisfying(
                        NavigationException.class,
                        e -> assertThat(e.kind()).isEqualTo(NavigationException.Kind.UNAUTHORIZED));
    }
}
