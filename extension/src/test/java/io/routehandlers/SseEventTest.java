package io.routehandlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** S-11.2: the exact framing of events and comments, and no field forged by a line break. */
class SseEventTest {

    @Test
    void eventIsFramedAsTheSpecificationShows() {
        assertThat(SseEvent.data("x\ny").event("tick").id("1").toString())
                .isEqualTo("event: tick\nid: 1\ndata: x\ndata: y\n\n");
        assertThat(SseEvent.data("{}").retry(Duration.ofSeconds(5)).toString()).isEqualTo("retry: 5000\ndata: {}\n\n");
        assertThat(SseEvent.comment("c").toString()).isEqualTo(": c\n\n");
    }

    @Test
    void everyLineBreakOfDataStartsADataLine() {
        assertThat(SseEvent.data("a\r\nb\rc\n").toString()).isEqualTo("data: a\ndata: b\ndata: c\ndata: \n\n");
        assertThat(SseEvent.data("").toString()).isEqualTo("data: \n\n");
    }

    @Test
    void nameAndIdCannotForgeAnotherField() {
        assertThatThrownBy(() -> SseEvent.data("x").event("tick\ndata: forged"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An SSE event must be one line: character U+000A at index 4");
        assertThatThrownBy(() -> SseEvent.data("x").id("1\r"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+000D");
        assertThatThrownBy(() -> SseEvent.data("x").id("a\0b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An SSE id must be one line without NUL: character U+0000 at index 1");
        assertThatThrownBy(() -> SseEvent.comment("c").event("tick"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A comment has no event: use SseEvent.data(...)");
    }
}
