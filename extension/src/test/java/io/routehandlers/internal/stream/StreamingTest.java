package io.routehandlers.internal.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.fixtures.Harness;
import io.routehandlers.fixtures.LogRecords;
import io.routehandlers.fixtures.Streaming;
import io.routehandlers.internal.direct.DirectResponse;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Section 11 through the pipeline, in process: streamed bodies, events, publishers, failures, the cache, after(). */
class StreamingTest {

    private Harness routes;
    private LogRecords logged;

    @BeforeEach
    void start() {
        Streaming.SEEN.clear();
        Streaming.MOST_DEMANDED.set(0);
        logged = LogRecords.capture();
        routes = Harness.start(
                Map.of("routehandlers.sse.heartbeat", "0", "routehandlers.route./never.async-timeout", "1"),
                Streaming.Words.class,
                Streaming.Ticks.class,
                Streaming.PublishedText.class,
                Streaming.PublishedJson.class,
                Streaming.PublishedEvents.class,
                Streaming.Broken.class,
                Streaming.CachedStream.class,
                Streaming.After.class,
                Streaming.StreamedAfter.class,
                Streaming.Never.class,
                Streaming.CachedAfter.class,
                Streaming.Audit.class);
    }

    @AfterEach
    void stop() {
        routes.close();
        logged.close();
    }

    @Test
    void bodyWrittenByTheHandlerIsStreamedWithoutLengthAndClosesOnce() {
        DirectResponse response = routes.get("/words");
        assertThat(response.status()).isEqualTo(200);
        assertThat(Harness.text(response)).isEqualTo("ab");
        assertThat(response.header("Content-Type")).contains("text/plain;charset=UTF-8");
        assertThat(response.header("Content-Length")).isEmpty();
        assertThat(Streaming.SEEN).containsExactly("words closed");
    }

    @Test
    void eventsAreFramedExactlyAfterTheOpeningComment() {
        DirectResponse response = routes.get("/ticks");
        assertThat(response.header("Content-Type")).contains("text/event-stream");
        assertThat(response.header("Cache-Control")).contains("no-cache");
        assertThat(Harness.text(response))
                .isEqualTo(":\n\n" + "event: tick\nid: 1\ndata: x\ndata: y\n\n" + "retry: 5000\ndata: z\n\n"
                        + ": done\n\n");
    }

    @Test
    void publishersAreAskedForOneItemAtATimeAndWrittenByTheirDeclaredItemType() {
        DirectResponse text = routes.get("/published/text");
        assertThat(text.header("Content-Type")).contains("text/plain;charset=UTF-8");
        assertThat(Harness.text(text)).isEqualTo("one two");
        DirectResponse json = routes.get("/published/json");
        assertThat(json.header("Content-Type")).contains("application/x-ndjson");
        assertThat(Harness.text(json)).isEqualTo("{\"n\":1,\"word\":\"a\"}\n{\"n\":2,\"word\":\"b\"}\n");
        DirectResponse events = routes.get("/published/events");
        assertThat(events.header("Content-Type")).contains("text/event-stream");
        assertThat(Harness.text(events)).isEqualTo(":\n\ndata: 1\n\ndata: 2\n\n");
        assertThat(Streaming.MOST_DEMANDED.get())
                .as("back-pressure: one item per request")
                .isEqualTo(1);
    }

    @Test
    void headOfAStreamingRouteRunsNoBody() {
        DirectResponse response = routes.send("HEAD", "/words");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(Streaming.SEEN).isEmpty();
    }

    @Test
    void failureOfTheBodyEndsTheAnswerWhereItIsAndIsLoggedWithTheRoute() {
        DirectResponse early = routes.get("/broken/early");
        assertThat(early.status())
                .as("the head was sent when the stream started")
                .isEqualTo(200);
        assertThat(early.body()).isEmpty();
        DirectResponse late = routes.get("/broken/late");
        assertThat(late.status()).isEqualTo(200);
        assertThat(Harness.text(late)).isEqualTo("partial");
        String message = """
                RH-161 Route /broken/[when]: the stream of handler \
                io.routehandlers.fixtures.Streaming$Broken#get(RouteRequest) failed; its answer was ended where it \
                was (its status was sent).
                  Fix: handle the exception in the stream's body or publisher; the client sees a truncated answer.""";
        assertThat(logged.records())
                .filteredOn(r -> r.getLevel() == Level.SEVERE)
                .extracting(LogRecord::getMessage)
                .containsExactly(message, message);
    }

    @Test
    void streamOnACachedRouteIsNeverStored() {
        int before = Streaming.RENDERS.get(); // its prerender at startup was not stored either
        DirectResponse first = routes.get("/cached-stream");
        DirectResponse second = routes.get("/cached-stream");
        assertThat(Harness.text(first)).isEqualTo("render " + (before + 1));
        assertThat(Harness.text(second)).isEqualTo("render " + (before + 2));
        assertThat(second.header("X-Route-Cache")).isEmpty();
        assertThat(second.header("ETag")).isEmpty();
    }

    @Test
    void afterTasksRunOnceTheAnswerWasSentAndSeeTheRequestsHeaders() {
        DirectResponse response = routes.send("GET", "/after/ok", "X-Trace", "t-1");
        assertThat(Harness.text(response)).isEqualTo("answered");
        assertThat(Streaming.SEEN).containsExactly("handler trace", "after t-1", "audit t-1");
    }

    @Test
    void afterTasksRunAfterANavigationToo() {
        DirectResponse response = routes.send("GET", "/after/missing", "X-Trace", "t-2");
        assertThat(response.status()).isEqualTo(404);
        assertThat(Streaming.SEEN).containsExactly("after t-2", "audit t-2");
    }

    @Test
    void afterTasksOfAStreamRunOnceItEndedAndBeforeTheTesterReturns() {
        assertThat(Harness.text(routes.get("/streamed-after"))).isEqualTo("streamed");
        assertThat(Streaming.SEEN).containsExactly("body done", "after the stream");
    }

    @Test
    void afterTasksRunOnceATimedOutAsyncHandlerWasAnswered503() {
        assertThat(routes.get("/never").status()).isEqualTo(503);
        assertThat(Streaming.SEEN).containsExactly("after the timeout");
    }

    @Test
    void afterTasksOfACachedRenderRunAfterTheAnswerAndSeeTheRequestTheRenderCouldNot() {
        DirectResponse response = routes.send("GET", "/cached-after/1", "X-Trace", "t-3");
        assertThat(response.header("X-Route-Cache")).contains("MISS");
        assertThat(Streaming.SEEN).containsExactly("render sees -", "after sees t-3");
    }
}
