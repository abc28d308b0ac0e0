package io.routehandlers.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.Dynamic;
import io.routehandlers.internal.call.DynamicUsageException;
import io.routehandlers.internal.call.RequestGuard;
import io.routehandlers.internal.config.CorsPolicy;
import io.routehandlers.internal.config.RouteSettings;
import io.routehandlers.internal.config.SocketPolicy;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.http.EntityTags;
import io.routehandlers.spi.CacheLife;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What may be stored (S-8.9) and how entity tags compare (S-8.8), on plain responses. */
class CachedAnswersTest {

    private static final RequestGuard STATIC = new RequestGuard(RequestGuard.Policy.BLANK, "/x", false);

    private static CachedAnswers.Outcome outcome(int status, Object entity, String... headers) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            list.add(Map.entry(headers[i], headers[i + 1]));
        }
        Answer.Body body = entity == null
                ? Answer.Body.EMPTY
                : entity instanceof String text
                        ? new Answer.Body.Bytes(text.getBytes(StandardCharsets.UTF_8))
                        : new Answer.Body.Stream((InputStream) entity);
        return CachedAnswers.of(
                new Answer(status, list, body),
                STATIC,
                "/x",
                List.of("t"),
                CacheLife.FOREVER,
                Instant.EPOCH,
                false,
                "b1");
    }

    @Test
    void okAnswerIsStoredWithItsHeadersAndAStrongETag() {
        CachedAnswers.Outcome outcome = outcome(200, "hello", "Content-Type", "text/plain", "X-Kind", "a");
        assertThat(outcome.entry()).hasValueSatisfying(entry -> {
            assertThat(new String(entry.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
            assertThat(entry.etag())
                    .startsWith("\"")
                    .endsWith("\"")
                    .doesNotStartWith("W/")
                    .hasSize(24);
            assertThat(entry.headers())
                    .extracting(h -> h.getKey() + ": " + h.getValue())
                    .contains("X-Kind: a", "Content-Type: text/plain");
            assertThat(entry.tags()).containsExactly("t");
        });
    }

    @Test
    void sameBodyGivesTheSameETagAndAnotherBodyAnother() {
        String a = outcome(200, "a").entry().orElseThrow().etag();
        assertThat(outcome(200, "a").entry().orElseThrow().etag()).isEqualTo(a);
        assertThat(outcome(200, "b").entry().orElseThrow().etag()).isNotEqualTo(a);
    }

    @Test
    void streamedBodyIsReadIntoTheEntry() {
        assertThat(outcome(200, new ByteArrayInputStream(new byte[] {1, 2, 3}))
                        .entry()
                        .orElseThrow()
                        .body())
                .containsExactly(1, 2, 3);
    }

    @Test
    void notFoundIsStoredButOtherErrorsAreNot() {
        assertThat(outcome(404, null).entry()).isPresent();
        assertThat(outcome(500, null).reason()).isEqualTo("status 500");
        assertThat(outcome(403, null).entry()).isEmpty();
    }

    @Test
    void answerSettingACookieIsNeverStored() {
        assertThat(outcome(200, "x", "Set-Cookie", "a=1; Path=/").reason()).isEqualTo("it sets a cookie");
    }

    @Test
    void privateOrNoStoreCacheControlIsNeverStored() {
        assertThat(outcome(200, "x", "Cache-Control", "private, max-age=60").entry())
                .isEmpty();
        assertThat(outcome(200, "x", "Cache-Control", "no-store").entry()).isEmpty();
        assertThat(outcome(200, "x", "Cache-Control", "max-age=60").entry()).isPresent();
    }

    @Test
    void autoRenderThatReadRequestDataIsNotStored() {
        RequestGuard tracked = new RequestGuard(RequestGuard.Policy.TRACK, "/x", true);
        assertThat(tracked.read("headers()")).isTrue();
        CachedAnswers.Outcome outcome = CachedAnswers.of(
                new Answer(200, List.of(), Answer.Body.EMPTY),
                tracked,
                "/x",
                List.of(),
                CacheLife.FOREVER,
                Instant.EPOCH,
                false,
                "b1");
        assertThat(outcome.entry()).isEmpty();
        assertThat(outcome.reason()).isEqualTo("it used headers()");
    }

    @Test
    void forceStaticRenderSeesNoRequestData() {
        assertThat(STATIC.read("cookies()")).isFalse();
        assertThat(STATIC.cookiesWritable()).isFalse();
    }

    @Test
    void errorRenderFailsOnAReadWithTheNextJsMessage() {
        RequestGuard forbid = new RequestGuard(RequestGuard.Policy.FORBID, "/x", true);
        assertThatThrownBy(() -> forbid.read("headers()"))
                .isInstanceOf(DynamicUsageException.class)
                .hasMessage("Route /x with `dynamic = \"error\"` couldn't be rendered statically because it used "
                        + "`headers()`.");
    }

    @Test
    void entryAnswersWithTheCacheHeadersAnd304ForAMatchingTag() {
        var entry = outcome(200, "hello", "Content-Type", "text/plain").entry().orElseThrow();
        var settings = new RouteSettings(
                Dynamic.AUTO,
                60,
                true,
                true,
                List.of(),
                "",
                new CacheLife(Duration.ZERO, Duration.ofSeconds(60), CacheLife.NEVER),
                false,
                Duration.ZERO,
                1,
                CorsPolicy.OFF,
                Map.of(),
                Map.of(),
                SocketPolicy.DEFAULT,
                false);

        Answer hit = CachedAnswers.answer(entry, "HIT", settings, Optional.empty());
        Answer notModified = CachedAnswers.answer(entry, "HIT", settings, Optional.of(entry.etag()));

        assertThat(hit.status()).isEqualTo(200);
        assertThat(hit.headers())
                .extracting(h -> h.getKey() + ": " + h.getValue())
                .containsExactly(
                        "Content-Type: text/plain",
                        "X-Route-Cache: HIT",
                        "Cache-Control: s-maxage=60, stale-while-revalidate=31535940",
                        "ETag: " + entry.etag());
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("Content-Type")).isEmpty();
        assertThat(notModified.body()).isInstanceOf(Answer.Body.Omitted.class);
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsAListOrAStar() {
        assertThat(EntityTags.matches("\"a\"", "\"a\"")).isTrue();
        assertThat(EntityTags.matches("W/\"a\"", "\"a\"")).isTrue();
        assertThat(EntityTags.matches("\"b\", \"a\"", "\"a\"")).isTrue();
        assertThat(EntityTags.matches("*", "\"a\"")).isTrue();
        assertThat(EntityTags.matches("\"b\"", "\"a\"")).isFalse();
    }

    @Test
    void ifNoneMatchReadsAQuotedTagHoldingACommaAsOneTag() {
        assertThat(EntityTags.matches("\"a,b\"", "\"a,b\"")).isTrue();
        assertThat(EntityTags.matches("W/\"x\", \"a,b\"", "\"a,b\"")).isTrue();
        assertThat(EntityTags.matches("\"a,b\"", "\"a\"")).isFalse();
        assertThat(EntityTags.matches("\"a,b\"", "\"b\"")).isFalse();
        assertThat(EntityTags.matches("junk, \"a\"", "\"a\"")).isTrue();
        assertThat(EntityTags.matches("\"a", "\"a\"")).isFalse();
        assertThat(EntityTags.matches("\"x\", abc", "abc"))
                .as("a handler's tag without quotes")
                .isTrue();
    }
}
