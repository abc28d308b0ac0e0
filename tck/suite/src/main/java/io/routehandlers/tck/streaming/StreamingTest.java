package io.routehandlers.tck.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.RawStream;
import io.routehandlers.tck.ServerLog;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Section 11 over raw HTTP, as a browser or {@code curl -N} sees it: chunks as they are flushed, the exact SSE bytes,
 * heartbeats, a client that leaves, streams on a cached route, and {@code after()}. The deployment sends a heartbeat
 * after each silent second.
 */
@ExtendWith(ArquillianExtension.class)
class StreamingTest {

    /** A line the servers log at error level: WildFly's ERROR, Payara's SEVERE, Open Liberty's E column. */
    private static final Pattern ERROR_LINE =
            Pattern.compile("(?m)^.*(\\bERROR\\b|\\bSEVERE\\b|\\] \\S+ +\\S+ +E ).*$");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war(
                        "streaming",
                        Records.class,
                        Chunks.class,
                        Ticks.class,
                        Idle.class,
                        Ticker.class,
                        CachedStream.class,
                        Later.class,
                        Resume.class),
                "routehandlers.sse.heartbeat=1");
    }

    @ArquillianResource
    URL base;

    private String records() {
        return Http.at(base).get("/records").body();
    }

    private String awaitRecord(String line, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String records = records();
        while (!records.contains(line) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            records = records();
        }
        return records;
    }

    @Test
    @Spec("S-11.1")
    void eachFlushReachesTheClientAtOnce() {
        try (RawStream stream = RawStream.get(base, "/chunks")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
            assertThat(stream.header("Content-Length")).isEmpty();
            long a = stream.awaitText("a", Duration.ofSeconds(5));
            long b = stream.awaitText("ab", Duration.ofSeconds(5));
            assertThat(Duration.ofNanos(b - a))
                    .as("a arrives before b is written")
                    .isGreaterThan(Duration.ofMillis(300));
            assertThat(stream.readToEnd(Duration.ofSeconds(5))).isEqualTo("ab");
        }
    }

    @Test
    @Spec("S-11.2")
    void eventsAreFramedExactly() {
        try (RawStream stream = RawStream.get(base, "/ticks")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
            assertThat(stream.header("Cache-Control")).contains("no-cache");
            assertThat(stream.header("Content-Length")).isEmpty();
            assertThat(stream.readToEnd(Duration.ofSeconds(5)))
                    .isEqualTo(":\n\nevent: tick\nid: 1\ndata: x\ndata: y\n\nretry: 5000\ndata: z\n\n: c\n\n");
        }
    }

    @Test
    @Spec("S-11.2")
    void lastEventIdIsReadableAsAnyHeader() {
        try (RawStream stream = RawStream.get(base, "/resume", "Last-Event-ID", "41")) {
            assertThat(stream.readToEnd(Duration.ofSeconds(5))).isEqualTo(":\n\ndata: resumed after 41\n\n");
        }
    }

    @Test
    @Spec({"S-11.2", "S-11.3"})
    void idleEventStreamSendsHeartbeatsAndIsCancelledWhenTheClientLeaves() throws InterruptedException {
        try (RawStream stream = RawStream.get(base, "/idle")) {
            assertThat(stream.status()).isEqualTo(200);
            long opened = stream.awaitText(":\n\n", Duration.ofSeconds(5));
            long beat = stream.awaitText(":\n\n:\n\n", Duration.ofSeconds(5));
            assertThat(Duration.ofNanos(beat - opened))
                    .as("a heartbeat after a silent second")
                    .isBetween(Duration.ofMillis(700), Duration.ofMillis(3000));
        }
        // The server learns of the close at its next heartbeat write, within a second (or the one after: the first
        // write after a close can still succeed); the wait leaves room for a loaded machine.
        assertThat(awaitRecord("idle cancelled", Duration.ofSeconds(8))).contains("idle cancelled");
    }

    @Test
    @Spec("S-11.3")
    void clientThatLeavesMidStreamClosesItWithinASecondAndNothingIsLogged() throws InterruptedException {
        String before = ServerLog.since(StreamingTest.class);
        try (RawStream stream = RawStream.get(base, "/ticker")) {
            stream.awaitText("tick 2\n", Duration.ofSeconds(5));
        }
        long left = System.nanoTime();
        // The ticker writes every 100 ms, so onClose is due within about a second; the bound is three seconds, for
        // the records read over HTTP on a loaded machine. A server that learns of the close only when the ticker ends,
        // a minute later, still fails it.
        String records = awaitRecord("ticker closed", Duration.ofSeconds(3));
        assertThat(records)
                .as("onClose ran within three seconds of the client leaving")
                .contains("ticker closed");
        assertThat(Duration.ofNanos(System.nanoTime() - left)).isLessThan(Duration.ofSeconds(3));
        Assumptions.assumeTrue(ServerLog.file().isPresent(), "the runner names no server log to read");
        Thread.sleep(1000); // what a server logs about a broken connection, it logs at once
        String logged = ServerLog.since(StreamingTest.class).substring(before.length());
        assertThat(ERROR_LINE.matcher(logged).results().map(r -> r.group()).toList())
                .as("error lines logged after the client left")
                .isEmpty();
    }

    @Test
    @Spec("S-11.4")
    void streamOnACachedRouteIsNeverStored() {
        HttpResponse<String> first = Http.at(base).get("/cached-stream");
        HttpResponse<String> second = Http.at(base).get("/cached-stream");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).startsWith("render ").isNotEqualTo(first.body());
        assertThat(second.headers().firstValue("X-Route-Cache")).isEmpty();
        assertThat(second.headers().firstValue("ETag")).isEmpty();
        assertThat(second.headers().firstValue("Content-Length")).isEmpty();
    }

    @Test
    @Spec("S-11.6")
    void afterRunsOnceTheAnswerWasSentAndReadsTheRequestsHeader() throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = Http.at(base)
                .send(Http.at(base)
                        .request("/later/ok")
                        .header("X-Trace", "t-1")
                        .GET()
                        .build());
        assertThat(response.body()).isEqualTo("answered");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("the answer does not wait for the task's 3 s")
                .isLessThan(Duration.ofMillis(2500));
        assertThat(awaitRecord("after t-1", Duration.ofSeconds(10))).contains("after t-1 after return: true");
    }

    @Test
    @Spec("S-11.6")
    void afterRunsAfterANavigationAnswerToo() throws InterruptedException {
        HttpResponse<String> response = Http.at(base)
                .send(Http.at(base)
                        .request("/later/missing")
                        .header("X-Trace", "t-2")
                        .GET()
                        .build());
        assertThat(response.statusCode()).isEqualTo(404);
        String records = awaitRecord("after navigation", Duration.ofSeconds(10)); // the second task: the last
        assertThat(records).contains("after navigation /later/missing").contains("after t-2 after return: true");
    }
}
