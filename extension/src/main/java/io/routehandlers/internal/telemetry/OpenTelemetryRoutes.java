package io.routehandlers.internal.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.routehandlers.internal.http.Exchange;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Routes in MicroProfile Telemetry, through the application's {@code OpenTelemetry} bean. Where the server made a
 * span for the request (Open Liberty does for every request), that span gets the route: {@code http.route} and the
 * name {@code <METHOD> <route>}, and the server's own duration metric takes the route from the request (see {@code
 * ServletExchange}). Where the server made none (WildFly and Payara make spans for Jakarta REST requests only), this
 * class makes the server span, with the caller's W3C trace context as parent, current on the request's thread while
 * the route runs there and ended when the answer is complete, and records {@code http.server.request.duration}. The
 * attributes are OpenTelemetry's HTTP semantic conventions; a method outside HTTP's own is {@code _OTHER}, so that
 * neither a path nor a method a client makes up multiplies the series.
 */
final class OpenTelemetryRoutes implements RouteTelemetry {

    private static final String SCOPE = "io.routehandlers";
    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> SCHEME = AttributeKey.stringKey("url.scheme");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> ERROR = AttributeKey.stringKey("error.type");

    /** Reads a W3C {@code traceparent} (or whatever the server's propagators read) from the request's headers. */
    private static final TextMapGetter<Exchange> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Exchange exchange) {
            return exchange.headerNames();
        }

        @Override
        public String get(Exchange exchange, String name) {
            return exchange == null ? null : exchange.header(name).orElse(null);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final DoubleHistogram duration;
    private final boolean tracing;

    /** With MicroProfile Telemetry's bean; throws when there is none. */
    OpenTelemetryRoutes(BeanManager beans) {
        this(beans.createInstance().select(OpenTelemetry.class).get());
    }

    OpenTelemetryRoutes(OpenTelemetry telemetry) {
        tracer = telemetry.getTracer(SCOPE);
        propagator = telemetry.getPropagators().getTextMapPropagator();
        duration = telemetry
                .getMeter(SCOPE)
                .histogramBuilder("http.server.request.duration")
                .setUnit("s")
                .setDescription("Duration of HTTP server requests.")
                .build();
        // With the SDK disabled (MicroProfile Telemetry's default) the tracer makes only invalid spans: then nothing
        // is recorded, and nothing need be done per request. A span never ended is never exported.
        tracing = tracer.spanBuilder("routehandlers probe")
                .startSpan()
                .getSpanContext()
                .isValid();
    }

    @Override
    public Observation routed(Exchange exchange, String route) {
        String method = METHODS.contains(exchange.method()) ? exchange.method() : "_OTHER";
        String name = (method.equals("_OTHER") ? "HTTP" : method) + " " + route;
        Span server = Span.current();
        if (server.getSpanContext().isValid()) {
            server.setAttribute(ROUTE, route);
            server.updateName(name);
            return Observation.NONE;
        }
        if (!tracing) {
            return Observation.NONE;
        }
        String scheme = exchange.origin().startsWith("https:") ? "https" : "http";
        Context parent = propagator.extract(Context.root(), exchange, HEADERS);
        Span span = tracer.spanBuilder(name)
                .setSpanKind(SpanKind.SERVER)
                .setParent(parent)
                .setAttribute(METHOD, method)
                .setAttribute(ROUTE, route)
                .setAttribute(SCHEME, scheme)
                .setAttribute(PATH, exchange.contextPath() + exchange.path())
                .startSpan();
        return new ServerSpan(span, parent.with(span).makeCurrent(), method, route, scheme);
    }

    /** A server span this class made, and the duration it records when the answer is complete. */
    private final class ServerSpan implements Observation {
        private final long start = System.nanoTime();
        private final AtomicBoolean ended = new AtomicBoolean();
        private final Span span;
        private final Scope scope;
        private final String method;
        private final String route;
        private final String scheme;

        ServerSpan(Span span, Scope scope, String method, String route, String scheme) {
            this.span = span;
            this.scope = scope;
            this.method = method;
            this.route = route;
            this.scheme = scheme;
        }

        @Override
        public void detach() {
            scope.close();
        }

        @Override
        public void end(int status) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            span.setAttribute(STATUS, (long) status);
            AttributesBuilder attributes = Attributes.builder()
                    .put(METHOD, method)
                    .put(ROUTE, route)
                    .put(SCHEME, scheme)
                    .put(STATUS, (long) status);
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR);
                span.setAttribute(ERROR, Integer.toString(status));
                attributes.put(ERROR, Integer.toString(status));
            }
            span.end();
            duration.record(seconds, attributes.build());
        }
    }
}
