package io.routehandlers.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 3986 section 5.2.4 on raw paths, with escaped dots and servlet path parameters. */
class DotSegmentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/items", "/items/a.b", "/items/...", "/.well-known/x", "/a/.x/..y", "/a/%2ex"})
    void pathWithoutDotSegmentsIsReturnedAsItIs(String path) {
        assertThat(DotSegments.remove(path)).isSameAs(path);
    }

    @ParameterizedTest
    @CsvSource({
        "/a/./b, /a/b",
        "/a/x/../b, /a/b",
        "/a/b/.., /a/",
        "/a/b/., /a/b/",
        "/., /",
        "/a/.., /",
        "/a/%2e/b, /a/b",
        "/a/x/%2E%2e/b, /a/b",
        "/a/x/.%2E/b, /a/b",
        "/a/x/..;jsessionid=1/b, /a/b",
        "/a/%2f/../b, /a/b",
        "/a//../b, /a/b"
    })
    void dotSegmentsAreRemoved(String path, String resolved) {
        assertThat(DotSegments.remove(path)).isEqualTo(resolved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../a", "/a/../..", "/%2e%2e/a", "/a/%2E./%2e%2E"})
    void climbingAboveTheRootIsRefused(String path) {
        assertThat(DotSegments.remove(path)).isNull();
    }
}
