package io.routehandlers.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaRangeTest {

    private static MediaRange type(String value) {
        return MediaRange.parse(value).orElseThrow();
    }

    @Test
    void theMostSpecificRangeGivesATypeItsQuality() {
        List<MediaRange> accepted = MediaRange.accepted(List.of("text/*;q=0.3, text/markdown;q=0.7, */*;q=0.1"));

        assertThat(MediaRange.quality(accepted, type("text/markdown"))).isEqualTo(0.7);
        assertThat(MediaRange.quality(accepted, type("text/html"))).isEqualTo(0.3);
        assertThat(MediaRange.quality(accepted, type("application/json"))).isEqualTo(0.1);
        assertThat(MediaRange.quality(accepted, MediaRange.ANY))
                .as("an offer of anything gets the best quality it matches")
                .isEqualTo(0.7);
    }

    @Test
    void qualityZeroRefusesAndNoRangeMatchesNothing() {
        List<MediaRange> accepted = MediaRange.accepted(List.of("application/json, text/plain;q=0"));

        assertThat(MediaRange.quality(accepted, type("text/plain"))).isZero();
        assertThat(MediaRange.quality(accepted, type("image/png"))).isZero();
        assertThat(MediaRange.quality(MediaRange.accepted(List.of()), type("image/png")))
                .as("no Accept accepts anything")
                .isEqualTo(1);
    }

    @Test
    void malformedElementsOfAcceptAreLeftOutAndMalformedTypesAreNone() {
        List<MediaRange> accepted =
                MediaRange.accepted(List.of("garbage, text/html;q=2, */json, application/json;q=0.5"));

        assertThat(accepted).extracting(MediaRange::name).containsExactly("application/json");
        assertThat(MediaRange.parse("markdown")).isEmpty();
        assertThat(MediaRange.parse("text/markdown; charset=UTF-8")
                        .orElseThrow()
                        .name())
                .isEqualTo("text/markdown");
        assertThat(MediaRange.parse("Text/HTML").orElseThrow().name()).isEqualTo("text/html");
    }

    @Test
    void aParameterIsReadWithoutItsQuotes() {
        assertThat(MediaRange.parameter("application/json; version=\"2\"", "version"))
                .contains("2");
        assertThat(MediaRange.parameter("application/json;Version=3", "version"))
                .contains("3");
        assertThat(MediaRange.parameter("application/json", "version")).isEmpty();
    }

    @Test
    void serverQualityIsRead() {
        assertThat(type("application/json;qs=0.5").serverQuality()).isEqualTo(0.5);
        assertThat(type("application/json").serverQuality()).isEqualTo(1);
    }

    @Test
    void aContentTypeMayHoldACommaInAQuotedParameter() {
        assertThat(MediaRange.parse("multipart/form-data; boundary=\"a,b\"")
                        .orElseThrow()
                        .name())
                .isEqualTo("multipart/form-data");
    }
}
