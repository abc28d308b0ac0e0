package io.routehandlers.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.routehandlers.internal.tree.PathSyntaxException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathSyntaxTest {

    @Test
    void parsesEveryKindOfSegment() {
        RoutePath path = PathSyntax.parse("/(shop)/items/[id]/files/[[...path]]");
        assertThat(path.segments())
                .containsExactly(
                        new Segment.Static("items"),
                        new Segment.Dynamic("id"),
                        new Segment.Static("files"),
                        new Segment.OptionalCatchAll("path"));
        assertThat(path.url()).isEqualTo("/items/[id]/files/[[...path]]");
        assertThat(path.paramNames()).containsExactly("id", "path");
    }

    @Test
    void escapedUnderscoreIsALiteralStaticSegment() {
        assertThat(PathSyntax.parse("/%5Finternal").segments()).containsExactly(new Segment.Static("_internal"));
    }

    @Test
    void rootHasNoSegments() {
        assertThat(PathSyntax.parse("/").segments()).isEmpty();
        assertThat(PathSyntax.parse("/").url()).isEqualTo("/");
    }

    @Test
    void catchAllMayBeFollowedByGroupsOnly() {
        assertThat(PathSyntax.parse("/a/[...rest]/(group)").paramNames()).containsExactly("rest");
    }

    @ParameterizedTest(name = "{0} is {2}")
    @CsvSource({
        "items,             items,            NOT_ABSOLUTE",
        "/a//b,             '',               EMPTY_SEGMENT",
        "/items/,           '',               EMPTY_SEGMENT",
        "/a/[],             [],               EMPTY_NAME",
        "/a/[...],          [...],            EMPTY_NAME",
        "/a/[[...]],        [[...]],          EMPTY_NAME",
        "/a/[[x]],          [[x]],            MISSING_ELLIPSIS",
        "/a/[\u2026x],      [\u2026x],        UNICODE_ELLIPSIS",
        "/a/[[[x]]],        [[[x]]],          EXTRA_BRACKETS",
        "/a/[x,             [x,               EXTRA_BRACKETS",
        "/a/x[y],           x[y],             EXTRA_BRACKETS",
        "/a/[....x],        [....x],          EXTRA_BRACKETS",
        "/a/[...x]/b,       [...x],           CATCH_ALL_NOT_LAST",
        "/a/[[...x]]/b,     [[...x]],         CATCH_ALL_NOT_LAST",
        "/a/[x]/b/[x],      [x],              DUPLICATE_PARAM",
        "/a/_private,       _private,         PRIVATE_SEGMENT",
        "/a/%E0%A4%A,       %E0%A4%A,         MALFORMED_ESCAPE",
    })
    void rejects(String path, String segment, Reason reason) {
        PathSyntaxException e = catchThrowableOfType(PathSyntaxException.class, () -> PathSyntax.parse(path));
        assertThat(e).as("exception for %s", path).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.segment()).isEqualTo(segment);
        assertThat(e.path()).isEqualTo(path);
    }
}
