package io.routehandlers.internal.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.routehandlers.fixtures.Harness;
import io.routehandlers.internal.direct.DirectExchange;
import io.routehandlers.internal.direct.DirectRequest;
import io.routehandlers.internal.exchange.Exchange;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** S-13.2 against the OpenTelemetry SDK: the spans and the duration metric a route request leaves. */
class OpenTelemetryRoutesTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String ROUTE = "/shop/items/{slug}";

    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
    private final OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder()
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .setMeterProvider(
                    SdkMeterProvider.builder().registerMetricReader(metrics).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    private final RouteTelemetry telemetry = new OpenTelemetryRoutes(sdk);

    @AfterEach
    void close() {
        sdk.getSdkTracerProvider().close();
        sdk.getSdkMeterProvider().close();
    }

    private static Exchange request(String method, String... headers) {
        List<Map.Entry<String, String>> list = new java.util.ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            list.add(Map.entry(headers[i], headers[i + 1]));
        }
        return new DirectExchange(new DirectRequest(
                method, "/items/abc", Optional.empty(), list, new byte[0], Optional.empty(), Set.of(), "127.0.0.1"));
    }

    private HistogramPointData onlyDurationPoint() {
        Collection<MetricData> collected = metrics.collectAllMetrics();
        assertThat(collected).extracting(MetricData::getName).containsExactly("http.server.request.duration");
        MetricData duration = collected.iterator().next();
        assertThat(duration.getUnit()).isEqualTo("s");
        assertThat(duration.getHistogramData().getPoints()).hasSize(1);
        return duration.getHistogramData().getPoints().iterator().next();
    }

    @Test
    void withoutAServerSpanTheRouteMakesOneWithTheCallersTraceAsParent() {
        RouteTelemetry.Observation observed =
                telemetry.routed(request("GET", "traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01"), ROUTE);
        // Current on the request's thread while the route runs there, so the handler's own spans are children.
        assertThat(Span.current().getSpanContext().getTraceId()).isEqualTo(TRACE);
        observed.detach();
        assertThat(Span.current().getSpanContext().isValid()).isFalse();
        assertThat(spans.getFinishedSpanItems())
                .as("not ended before the answer is complete")
                .isEmpty();

        observed.end(200);

        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getName()).isEqualTo("GET " + ROUTE);
        assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(span.getTraceId()).isEqualTo(TRACE);
        assertThat(span.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.route")))
                .isEqualTo(ROUTE);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.request.method")))
                .isEqualTo("GET");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.path"))).isEqualTo("/items/abc");
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                .isEqualTo(200L);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        HistogramPointData point = onlyDurationPoint();
        assertThat(point.getCount()).isEqualTo(1);
        assertThat(point.getBoundaries())
                .as("the HTTP conventions' buckets in seconds, not the SDK's millisecond defaults")
                .containsExactlyElementsOf(OpenTelemetryRoutes.BOUNDARIES);
        assertThat(point.getAttributes().asMap())
                .containsEntry(AttributeKey.stringKey("http.route"), ROUTE)
                .containsEntry(AttributeKey.longKey("http.response.status_code"), 200L)
                .doesNotContainKey(AttributeKey.stringKey("url.path"));
    }

    @Test
    void aServerSpanAlreadyCurrentGetsTheRouteAndNameAndNoSecondSpanIsMade() {
        Span server = sdk.getTracer("server")
                .spanBuilder("GET")
                .setSpanKind(SpanKind.SERVER)
                .startSpan();
        try (Scope scope = server.makeCurrent()) {
            RouteTelemetry.Observation observed = telemetry.routed(request("POST"), ROUTE);
            observed.detach();
            observed.end(201);
        }
        server.end();

        assertThat(spans.getFinishedSpanItems()).hasSize(1);
        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getName()).isEqualTo("POST " + ROUTE);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.route")))
                .isEqualTo(ROUTE);
        assertThat(metrics.collectAllMetrics())
                .as("the server measures its own requests")
                .isEmpty();
    }

    @Test
    void aMethodOutsideHttpsOwnIsOtherSoClientsCannotMultiplyTheSeries() {
        RouteTelemetry.Observation observed = telemetry.routed(request("BREW"), ROUTE);
        observed.detach();
        observed.end(405);

        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(span.getName()).isEqualTo("HTTP " + ROUTE);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.request.method_original")))
                .isEqualTo("BREW");
        assertThat(onlyDurationPoint().getAttributes().get(AttributeKey.stringKey("http.request.method")))
                .isEqualTo("_OTHER");
    }

    @Test
    void aServerErrorMarksTheSpanAndTheMeasurement() {
        RouteTelemetry.Observation observed = telemetry.routed(request("GET"), ROUTE);
        observed.detach();
        observed.end(503);
        observed.end(200); // an async listener after the filter's own end: counted once

        SpanData span = spans.getFinishedSpanItems().get(0);
        assertThat(spans.getFinishedSpanItems()).hasSize(1);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type")))
                .isEqualTo("503");
        HistogramPointData point = onlyDurationPoint();
        assertThat(point.getCount()).isEqualTo(1);
        assertThat(point.getAttributes().get(AttributeKey.stringKey("error.type")))
                .isEqualTo("503");
    }

    @Test
    void withTheSdkDisabledNothingIsMadeOrKept() {
        RouteTelemetry noop = new OpenTelemetryRoutes(OpenTelemetry.noop());

        assertThat(noop.routed(request("GET"), ROUTE)).isSameAs(RouteTelemetry.Observation.NONE);
    }

    @Test
    void withTheApiButNoOpenTelemetryBeanRoutesAreNotObserved() {
        try (Harness harness = Harness.start()) {
            assertThat(RouteTelemetry.find(harness.container().getBeanManager()))
                    .isSameAs(RouteTelemetry.NONE);
        }
    }
}
