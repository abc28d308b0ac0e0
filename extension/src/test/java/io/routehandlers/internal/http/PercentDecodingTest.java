package io.routehandlers.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentDecodingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "hello%20world, hello world",
        "a%2Fb,         a/b",
        "a%2520b,       a%20b",
        "a+b,           a+b",
        "caf%C3%A9,     café",
        "plain,         plain",
        "%F0%9F%98%80,  \uD83D\uDE00",
    })
    void decodesAPathSegmentOnce(String raw, String decoded) {
        assertThat(PercentDecoding.decodePathSegment(raw)).isEqualTo(decoded);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%E0%A4%A", "%", "%2", "%zz", "%C3", "%FF", "a%C3%28"})
    void rejectsAMalformedEscape(String raw) {
        assertThatThrownBy(() -> PercentDecoding.decodePathSegment(raw))
                .isInstanceOf(PercentDecoding.MalformedEscapeException.class)
                .hasMessageContaining(raw);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"two+words, two words", "a%2Bb, a+b"})
    void formComponentsTreatPlusAsSpace(String raw, String decoded) {
        assertThat(PercentDecoding.decodeFormComponent(raw)).isEqualTo(decoded);
    }
}
