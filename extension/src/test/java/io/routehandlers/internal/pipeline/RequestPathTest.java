package io.routehandlers.internal.pipeline;

import static io.routehandlers.fixtures.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.RouteCache;
import io.routehandlers.fixtures.Harness;
import io.routehandlers.fixtures.Library;
import io.routehandlers.internal.direct.DirectResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The request path on Weld SE without a server: the same pipeline the servlet filter runs, through the in-process
 * adapter.
 */
class RequestPathTest {

    private Harness routes;

    private Harness start(Map<String, String> config) {
        routes = Harness.start(
                config,
                Library.Notes.class,
                Library.Shelves.class,
                Library.Quotes.class,
                Library.Reports.class,
                Library.Prices.class,
                Library.Returns.class,
                Library.Fines.class,
                Library.Catalogue.class,
                Library.Moved.class);
        return routes;
    }

    private Harness start() {
        return start(Map.of());
    }

    @AfterEach
    void stop() {
        if (routes != null) {
            routes.close();
        }
    }

    @Test
    void methodWithoutAHandlerAnswers405WithAllowAndNoBody() {
        DirectResponse response = start().send("DELETE", "/notes");
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).contains("GET, HEAD, OPTIONS, POST");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void optionsWithoutAHandlerAnswers204WithAllow() {
        DirectResponse response = start().send("OPTIONS", "/notes");
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Allow")).contains("GET, HEAD, OPTIONS, POST");
    }

    @Test
    void trailingSlashRedirects308KeepingTheQuery() {
        DirectResponse response = start().get("/notes/?page=2");
        assertThat(response.status()).isEqualTo(308);
        assertThat(response.header("Location")).contains("/notes?page=2");
    }

    @Test
    void malformedEscapeInThePathAnswers400() {
        assertThat(start().get("/shelves/%E0%A4%A").status()).isEqualTo(400);
    }

    @Test
    void pathThatNoRouteAnswersIsPassedOn() {
        assertThat(start().get("/nothing/here").routed()).isFalse();
    }

    @Test
    void servletPathParametersAreRemovedBeforeMatching() {
        DirectResponse response = start().get("/shelves;jsessionid=A1B2/lamp;v=2");
        assertThat(text(response)).isEqualTo("shelf lamp");
    }

    @Test
    void dotSegmentsAreRemovedBeforeMatchingInEveryEncoding() {
        start();
        assertThat(text(routes.get("/nothing/../notes"))).isEqualTo("notes");
        assertThat(text(routes.get("/shelves/./lamp"))).isEqualTo("shelf lamp");
        assertThat(text(routes.get("/shelves/%2e/x/%2E%2e/lamp"))).isEqualTo("shelf lamp");
        assertThat(text(routes.get("/shelves/.%2E;v=1/shelves/lamp"))).isEqualTo("shelf lamp");
        assertThat(text(routes.get("/shelves/...x"))).as("not a dot-segment").isEqualTo("shelf ...x");
    }

    @Test
    void dotSegmentsAboveTheRootAnswer400() {
        start();
        assertThat(routes.get("/../notes").status()).isEqualTo(400);
        assertThat(routes.get("/notes/%2e%2e/%2E%2E/notes").status()).isEqualTo(400);
    }

    @Test
    void headRunsTheGetHandlerAndSendsItsHeadersAndLengthWithoutABody() {
        DirectResponse response = start().send("HEAD", "/notes");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Notes")).contains("3");
        assertThat(response.header("Content-Length")).contains("5");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void asyncHandlerIsAnsweredWhenItsStageCompletes() {
        DirectResponse response = start().get("/quotes");
        assertThat(response.status()).isEqualTo(200);
        assertThat(text(response)).isEqualTo("a quote");
    }

    @Test
    void asyncHandlerPastItsTimeoutAnswers503AndItsStageIsCancelled() {
        start(Map.of("routehandlers.route./reports.async-timeout", "1"));
        long started = System.nanoTime();
        DirectResponse response = routes.get("/reports");
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
        assertThat(routes.container().select(Library.Reports.class).get().pending())
                .isCancelled();
    }

    @Test
    void revalidatedRouteIsHitThenStaleThenRenderedAgainAsTheClockMoves() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        start();
        routes.clock(Clock.fixed(start, ZoneOffset.UTC));
        // prerendered at startup under the system clock: render it again under the test's clock
        routes.container().select(RouteCache.class).get().revalidatePath("/prices");
        DirectResponse first = routes.get("/prices");
        assertThat(first.header("X-Route-Cache")).contains("REVALIDATED");
        assertThat(text(first)).isEqualTo("prices 2");

        routes.clock(Clock.fixed(start.plusSeconds(59), ZoneOffset.UTC));
        assertThat(routes.get("/prices").header("X-Route-Cache")).contains("HIT");

        routes.clock(Clock.fixed(start.plusSeconds(60), ZoneOffset.UTC));
        DirectResponse stale = routes.get("/prices");
        assertThat(stale.header("X-Route-Cache")).contains("STALE");
        assertThat(text(stale)).isEqualTo("prices 2");

        DirectResponse regenerated = routes.get("/prices");
        assertThat(regenerated.header("X-Route-Cache")).contains("HIT");
        assertThat(text(regenerated)).isEqualTo("prices 3");
    }

    @Test
    void renderThatARevalidationOvertookIsServedOnceAndRenderedAgainForTheNextRequest() throws Exception {
        routes = Harness.start(Library.Gazette.class);
        RouteCache cache = routes.container().select(RouteCache.class).get();
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        cache.revalidatePath("/gazette");
        Library.Gazette.hold(entered, gate);
        CompletableFuture<DirectResponse> reader = CompletableFuture.supplyAsync(() -> routes.get("/gazette"));
        assertThat(entered.await(5, TimeUnit.SECONDS)).as("render started").isTrue();
        Library.Gazette.hold(null, null);

        cache.revalidatePath("/gazette"); // the data changed while the render read it
        gate.countDown();

        String overtaken = text(reader.get(5, TimeUnit.SECONDS));
        DirectResponse next = routes.get("/gazette");
        assertThat(next.header("X-Route-Cache")).contains("REVALIDATED");
        assertThat(text(next)).isNotEqualTo(overtaken);
        assertThat(routes.get("/gazette").header("X-Route-Cache")).contains("HIT");
    }

    @Test
    void uncaughtExceptionAnswersAnEmpty500() {
        DirectResponse response = start().get("/fines");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void declaredLengthOverTheLimitAnswers413BeforeTheHandlerRuns() {
        start(Map.of("routehandlers.max-body-size", "10"));
        DirectResponse response =
                routes.send("POST", "/returns", List.of(Map.entry("Content-Length", "11")), "12345678901");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Connection")).contains("close");
    }

    @Test
    void bodyOfExactlyTheLimitIsRead() {
        start(Map.of("routehandlers.max-body-size", "10"));
        DirectResponse response =
                routes.send("POST", "/returns", List.of(Map.entry("Content-Length", "10")), "1234567890");
        assertThat(text(response)).isEqualTo("returned 10 bytes");
    }

    @Test
    void bodyWithoutALengthThatGrowsPastTheLimitAnswers413() {
        start(Map.of("routehandlers.max-body-size", "10"));
        DirectResponse response = routes.send("POST", "/returns", List.of(), "12345678901");
        assertThat(response.status()).isEqualTo(413);
    }

    @Test
    void charsetWithAnUnterminatedQuoteAnswers400() {
        DirectResponse response =
                start().send("POST", "/returns", List.of(Map.entry("Content-Type", "text/plain; charset=\"")), "abc");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void aFloodOfUnlistedParamsLeavesEveryPrerenderedAnswerAHit() {
        start(Map.of("routehandlers.cache.max-bytes", "65536"));
        for (int i = 0; i < 20_000; i++) {
            assertThat(routes.get("/catalogue/unknown-" + i).status()).isEqualTo(404);
        }
        for (String id : List.of("atlas", "bible")) {
            DirectResponse listed = routes.get("/catalogue/" + id);
            assertThat(listed.header("X-Route-Cache")).as(id).contains("HIT");
            assertThat(text(listed)).isEqualTo("book " + id);
        }
    }

    @Test
    void redirectToAPathOutsideAsciiSendsItPercentEncoded() {
        // S-4.5: the server writes a character's low byte, so U+0100 would reach the wire as a NUL byte.
        DirectResponse response = start().get("/moved/x%C4%80y");
        assertThat(response.status()).isEqualTo(308);
        assertThat(response.header("Location")).contains("/docs/x%C4%80y");
    }
}
