package io.routehandlers.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.spi.CacheLife;
import io.routehandlers.spi.CachedResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntryCodecTest {

    @Test
    void anAnswerComesBackEqualWithLongHeadersTextNanosAndItsLife() {
        String longValue = "v".repeat(70_000); // beyond writeUTF's 64 KiB
        CachedResponse entry = new CachedResponse(
                404,
                List.of(Map.entry("X-Long", longValue), Map.entry("Content-Type", "text/plain; charset=utf-8")),
                "é ☃".getBytes(StandardCharsets.UTF_8),
                "\"abc\"",
                "/items/[slug]",
                List.of("items", "ünï"),
                Instant.ofEpochSecond(1_800_000_000L, 123_456_789),
                true,
                true,
                "1.4.2+b7",
                new CacheLife(Duration.ofMinutes(5), Duration.ofSeconds(1, 500), CacheLife.NEVER));

        assertThat(EntryCodec.decode(EntryCodec.encode(entry))).isEqualTo(entry);
    }

    @Test
    void anAnswerWithoutALifeOfItsOwnIsWrittenAsThePreviousVersionReadsIt() {
        CachedResponse entry = new CachedResponse(
                200,
                List.of(),
                new byte[] {1, 2},
                "\"e\"",
                "/items/[slug]",
                List.of(),
                Instant.ofEpochSecond(1_800_000_000L),
                false,
                false,
                "b1");

        byte[] bytes = EntryCodec.encode(entry);

        assertThat(bytes[0])
                .as("version 2: servers of the previous version read it")
                .isEqualTo((byte) 2);
        assertThat(EntryCodec.decode(bytes)).isEqualTo(entry);
    }

    @Test
    void bytesOfAnotherFormatVersionAreAMiss() {
        assertThat(EntryCodec.decode(new byte[] {99, 0, 1})).isNull();
    }
}
