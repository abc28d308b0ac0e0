package io.routehandlers.tck.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.ServerLog;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-13.2 on the server's own MicroProfile Telemetry, which each runner enables with OpenTelemetry's logging exporters
 * writing to the server log ({@link ServerLog}): the span of a route request, found by the trace id the request
 * carried in its W3C {@code traceparent}, and the request-duration metric, both named by the route's template under
 * the WAR's context root, never by the path that was asked for.
 */
@ExtendWith(ArquillianExtension.class)
class TelemetryTest {

    private static final Duration EXPORT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        // The SDK is off by default; servers that configure MicroProfile Telemetry per application read this, the
        // others are configured by their runner (tck/README.md).
        return Deployments.withConfig(
                Deployments.war("observed", Traced.class, Late.class),
                "otel.sdk.disabled=false",
                "otel.traces.exporter=logging",
                "otel.metrics.exporter=logging",
                "otel.logs.exporter=none",
                "otel.metric.export.interval=1000",
                "otel.bsp.schedule.delay=100",
                "routehandlers.route./late/[id].async-timeout=1");
    }

    @ArquillianResource
    URL base;

    private String route() {
        return Http.at(base).contextPath() + "/items/{slug}";
    }

    /** The first complete line with {@code text}: the server may be writing the last one as the log is read. */
    private static Optional<String> lineWith(String log, String text) {
        return log.substring(0, log.lastIndexOf('\n') + 1)
                .lines()
                .filter(line -> line.contains(text))
                .findFirst();
    }

    /** Sends a GET with a new trace id and returns the logging exporter's line of the server span named so. */
    private String spanOf(String path, int status, String name) throws Exception {
        String trace = HexFormat.of().formatHex(randomBytes(16));
        HttpResponse<String> response = Http.at(base)
                .send(Http.at(base)
                        .request(path)
                        .header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                        .GET()
                        .build());
        assertThat(response.statusCode()).isEqualTo(status);
        String line = "'GET " + name + "' : " + trace;
        String logged = ServerLog.awaitSince(
                TelemetryTest.class, EXPORT, log -> lineWith(log, line).isPresent());
        return lineWith(logged, line).orElseThrow(() -> new AssertionError("no span " + line + " in the server log"));
    }

    @Test
    @Spec("S-13.2")
    void routeRequestHasAServerSpanNamedByTheTemplate() throws Exception {
        Assumptions.assumeTrue(ServerLog.file().isPresent(), "the runner names no server log to read");

        String span = spanOf("/items/span-1", 200, route());

        assertThat(span)
                .as("the logging exporter's line for the request's server span")
                .contains(" SERVER ")
                .contains("http.route=" + route())
                .doesNotContain("http.route=" + Http.at(base).contextPath() + "/items/span-");
    }

    @Test
    @Spec("S-13.2")
    void anAnswerCompletedAfterTheRequestThreadReturnedEndsTheSpanWithItsStatus() throws Exception {
        Assumptions.assumeTrue(ServerLog.file().isPresent(), "the runner names no server log to read");
        String late = Http.at(base).contextPath() + "/late/{id}";

        String span = spanOf("/late/1", 503, late);

        assertThat(span).contains(" SERVER ").contains("http.route=" + late).contains("http.response.status_code=503");
    }

    @Test
    @Spec("S-13.2")
    void requestDurationMetricCarriesTheTemplate() throws Exception {
        Assumptions.assumeTrue(ServerLog.file().isPresent(), "the runner names no server log to read");
        for (int i = 0; i < 3; i++) {
            assertThat(Http.at(base).get("/items/metric-" + i).statusCode()).isEqualTo(200);
        }
        String quoted = "http.route=\"" + route() + "\"";
        String logged = ServerLog.awaitSince(
                TelemetryTest.class,
                EXPORT,
                log -> log.lines()
                        .anyMatch(line -> line.contains("name=http.server.request.duration") && line.contains(quoted)));
        String metric = logged.lines()
                .filter(line -> line.contains("name=http.server.request.duration") && line.contains(quoted))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError(
                        "no http.server.request.duration point with " + quoted + " in the server log"));
        assertThat(metric).doesNotContain("http.route=\"" + Http.at(base).contextPath() + "/items/metric-");
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] |= 1; // never the all-zero (invalid) trace id
        return bytes;
    }
}
