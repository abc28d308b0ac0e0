package io.routehandlers.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void missingPartsAreZeroSoOneAndOnePointZeroAreOneVersion() {
        assertThat(Version.parse("1")).isEqualTo(Version.parse("1.0")).isEqualTo(Version.parse("v1.0.0"));
        assertThat(Version.parse("1.1").orElseThrow().toString()).isEqualTo("1.1");
        assertThat(Version.parse("2.0.3").orElseThrow().toString()).isEqualTo("2.0.3");
        assertThat(Version.parse(" 3 ").orElseThrow().toString()).isEqualTo("3");
    }

    @Test
    void versionsAreOrderedByTheirNumbers() {
        assertThat(Version.parse("1.10").orElseThrow())
                .isGreaterThan(Version.parse("1.9").orElseThrow());
        assertThat(Version.parse("2").orElseThrow())
                .isGreaterThan(Version.parse("1.99.99").orElseThrow());
    }

    @Test
    void anythingElseIsNoVersion() {
        assertThat(Version.parse("two")).isEmpty();
        assertThat(Version.parse("1.2.3.4")).isEmpty();
        assertThat(Version.parse("")).isEmpty();
        assertThat(Version.parse("1.")).isEmpty();
        assertThat(Version.parse("9999999999")).isEmpty();
    }
}
