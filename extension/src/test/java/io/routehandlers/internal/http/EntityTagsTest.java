package io.routehandlers.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void strongComparisonRefusesWeakTagsAndWeakComparisonTakesThem() {
        assertThat(EntityTags.matchesStrongly("\"v1\"", "\"v1\"")).isTrue();
        assertThat(EntityTags.matchesStrongly("W/\"v1\"", "\"v1\"")).isFalse();
        assertThat(EntityTags.matchesStrongly("\"v1\"", "W/\"v1\"")).isFalse();
        assertThat(EntityTags.matchesStrongly("\"v0\", \"v1\"", "\"v1\"")).isTrue();
        assertThat(EntityTags.matchesStrongly("*", "\"v1\"")).isTrue();
        assertThat(EntityTags.matches("W/\"v1\"", "\"v1\"")).isTrue();
    }

    @Test
    void anApplicationsTagIsQuotedUnlessItIsOneAlready() {
        assertThat(EntityTags.quoted("v1")).isEqualTo("\"v1\"");
        assertThat(EntityTags.quoted("\"v1\"")).isEqualTo("\"v1\"");
        assertThat(EntityTags.quoted("W/\"v1\"")).isEqualTo("W/\"v1\"");
        assertThat(EntityTags.quoted("a\"b")).isNull();
        assertThat(EntityTags.quoted("a\r\nSet-Cookie: x=1")).isNull();
    }

    @Test
    void aBodysTagIsStrongAndStable() {
        assertThat(EntityTags.of(new byte[] {1, 2, 3}))
                .isEqualTo(EntityTags.of(new byte[] {1, 2, 3}))
                .startsWith("\"")
                .isNotEqualTo(EntityTags.of(new byte[] {1, 2}));
    }

    @Test
    void ifMatchStarNamesAWeakTagTooAndQuotedTagsAreChecked() {
        assertThat(EntityTags.matchesStrongly("*", "W/\"3\"")).isTrue();
        assertThat(EntityTags.quoted("\"a\r\nSet-Cookie: x=1\"")).isNull();
        assertThat(EntityTags.quoted("\"a\"b\"")).isNull();
        assertThat(EntityTags.quoted("W/\"ok\"")).isEqualTo("W/\"ok\"");
    }
}
