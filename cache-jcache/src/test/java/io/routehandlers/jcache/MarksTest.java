package io.routehandlers.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.spi.CachedResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MarksTest {

    private static CachedResponse answer(String route, List<String> tags, Instant rendered) {
        return new CachedResponse(200, List.of(), new byte[0], "\"e\"", route, tags, rendered, false, false, "");
    }

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
        CachedResponse entry = answer("/items/[slug]", List.of("items"), rendered);
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

    @Test
    void beyondTheMaximumTheOldestMarksBecomeAFloorThatRevalidatesEverythingRenderedBeforeIt() {
        TreeMap<String, Long> all = new TreeMap<>();
        for (int i = 0; i < Marks.MAX + 1; i++) {
            all.put(Marks.tag("tag-" + i), 1_000L + i);
        }

        Marks bounded = Marks.parse(Marks.format(Marks.bounded(all)));

        assertThat(bounded.all()).hasSize(Marks.MAX / 2 + 1);
        long floor = bounded.at(Marks.FLOOR);
        assertThat(floor).isEqualTo(1_000L + Marks.MAX - Marks.MAX / 2);
        assertThat(bounded.at(Marks.tag("tag-" + Marks.MAX)))
                .as("the newest stay")
                .isEqualTo(1_000L + Marks.MAX);
        CachedResponse before = answer("/other", List.of(), Instant.ofEpochSecond(0, floor));
        CachedResponse after = answer("/other", List.of(), Instant.ofEpochSecond(0, floor + 1));
        assertThat(bounded.revalidate("/k", before))
                .as("rendered at the floor, whatever its tags")
                .isTrue();
        assertThat(bounded.revalidate("/k", after)).isFalse();
    }

    @Test
    void staleMarksShortenTheLifeOfAnswersRenderedBeforeThemAndFoldIntoTheFloorWithoutTheirDurations() {
        Instant rendered = Instant.ofEpochSecond(100);
        CachedResponse entry = answer("/items/[slug]", List.of("items"), rendered);
        long at = Marks.nanos(rendered.plusSeconds(30));
        Marks marks = Marks.parse(Marks.format(
                Map.of(Marks.stale(Marks.tag("items")), at, Marks.staleFor(Marks.tag("items")), 60_000_000_000L)));

        CachedResponse stale = marks.staled("/items/a", entry);

        assertThat(stale.life().revalidate()).isEqualTo(Duration.ofSeconds(30));
        assertThat(stale.life().expire()).isEqualTo(Duration.ofSeconds(90));
        assertThat(marks.revalidate("/items/a", entry))
                .as("stale, not revalidated")
                .isFalse();

        TreeMap<String, Long> all = new TreeMap<>();
        all.put(Marks.stale(Marks.tag("old")), 5L);
        all.put(Marks.staleFor(Marks.tag("old")), Long.MAX_VALUE);
        for (int i = 0; i < Marks.MAX; i++) {
            all.put(Marks.tag("tag-" + i), 1_000L + i);
        }
        TreeMap<String, Long> bounded = Marks.bounded(all);
        assertThat(bounded).doesNotContainKeys(Marks.stale(Marks.tag("old")), Marks.staleFor(Marks.tag("old")));
        assertThat(bounded.get(Marks.FLOOR))
                .as("a duration never becomes the floor")
                .isLessThan(2_000L);
    }
}
