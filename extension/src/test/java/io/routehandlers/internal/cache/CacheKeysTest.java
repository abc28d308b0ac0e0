package io.routehandlers.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.internal.tree.PathSyntax;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheKeysTest {

    @Test
    void keyIsTheCanonicalPathOfTheParams() {
        assertThat(CacheKeys.of(PathSyntax.parse("/(shop)/items/[slug]"), List.of("a b")))
                .isEqualTo("/items/a%20b");
    }

    @Test
    void catchAllValuesBecomeSegmentsAndAnEmptyOptionalOneLeavesTheParent() {
        assertThat(CacheKeys.of(PathSyntax.parse("/docs/[[...path]]"), List.of(List.of("a", "b/c"))))
                .isEqualTo("/docs/a/b%2Fc");
        assertThat(CacheKeys.of(PathSyntax.parse("/docs/[[...path]]"), List.of(List.of())))
                .isEqualTo("/docs");
        assertThat(CacheKeys.of(PathSyntax.parse("/"), List.of())).isEqualTo("/");
    }
}
