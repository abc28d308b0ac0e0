package io.routehandlers.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.spi.CachedResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarksTest {

    @Test
    void namesWithTabsLineBreaksAndBackslashesComeBackAsTheyWere() {
        Map<String, Long> all = Map.of(Marks.key("/a\tb\nc\\d"), 5L, Marks.tag("t\\n"), 7L, Marks.route("/x"), 9L);

        Marks parsed = Marks.parse(Marks.format(all));

        assertThat(parsed.all()).isEqualTo(all);
        assertThat(Marks.format(parsed.all())).as("one text per content").isEqualTo(parsed.text());
    }

    @Test
    void anAnswerIsRevalidatedByAMarkOfItsKeyRouteOrTagAtOrAfterItsRender() {
        Instant rendered = Instant.ofEpochSecond(100);
        CachedResponse entry = new CachedResponse(
                200, List.of(), new byte[0], "\"e\"", "/items/[slug]", List.of("items"), rendered, false, false);
        long at = Marks.nanos(rendered);

        assertThat(Marks.parse("").revalidate("/items/a", entry)).isFalse();
        assertThat(Marks.parse(Marks.format(Map.of(Marks.tag("items"), at))).revalidate("/items/a", entry))
                .isTrue();
        assertThat(Marks.parse(Marks.format(Map.of(Marks.route("/items/[slug]"), at + 1)))
                        .revalidate("/items/a", entry))
                .isTrue();
        assertThat(Marks.parse(Marks.format(Map.of(Marks.key("/items/a"), at - 1)))
                        .revalidate("/items/a", entry))
                .as("a mark before the render")
                .isFalse();
        assertThat(Marks.parse(Marks.format(Map.of(Marks.key("/items/b"), at))).revalidate("/items/a", entry))
                .as("another key")
                .isFalse();
    }
}
