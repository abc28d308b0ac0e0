package io.routehandlers.internal.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.DoubleHistogramBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.routehandlers.internal.exchange.Exchange;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
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
    /** The buckets OpenTelemetry's HTTP conventions advise for request durations, in seconds. */
    static final List<Double> BOUNDARIES =
            List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> METHOD_ORIGINAL = AttributeKey.stringKey("http.request.method_original");
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
        duration = withBoundaries(telemetry
                        .getMeter(SCOPE)
                        .histogramBuilder("http.server.request.duration")
                        .setUnit("s")
                        .setDescription("Duration of HTTP server requests."))
                .build();
        // With the SDK disabled (MicroProfile Telemetry's default) the tracer makes only invalid spans: then nothing
        // is recorded, and nothing need be done per request. A span never ended is never exported.
        tracing = tracer.spanBuilder("routehandlers probe")
                .setNoParent()
                .startSpan()
                .getSpanContext()
                .isValid();
    }

    /**
     * The histogram with the HTTP conventions' buckets, in seconds (the SDK's default ones are for milliseconds):
     * {@code setExplicitBucketBoundariesAdvice} from API 1.32, the incubator's {@code setExplicitBucketBoundaries} on
     * 1.29's SDK, found by name since the extension compiles against 1.29's stable API; without either, the
     * defaults.
     */
    static DoubleHistogramBuilder withBoundaries(DoubleHistogramBuilder builder) {
        for (String name : List.of("setExplicitBucketBoundariesAdvice", "setExplicitBucketBoundaries")) {
            Method advice = publicMethod(builder.getClass(), name);
            if (advice != null) {
                try {
                    advice.invoke(builder, BOUNDARIES);
                    return builder;
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // An SDK that refuses the advice keeps its own buckets.
                }
            }
        }
        return builder;
    }

    /** A method taking a {@code List}, declared by a public class or interface of the type. */
    private static Method publicMethod(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            List<Class<?>> declaring = new ArrayList<>(List.of(c));
            declaring.addAll(List.of(c.getInterfaces()));
            for (int i = 0; i < declaring.size(); i++) {
                Class<?> candidate = declaring.get(i);
                declaring.addAll(List.of(candidate.getInterfaces()));
                if (Modifier.isPublic(candidate.getModifiers())) {
                    try {
                        return candidate.getMethod(name, List.class);
                    } catch (NoSuchMethodException e) {
                        // not declared here
                    }
                }
            }
        }
        return null;
    }

    @Override
    public Observation routed(Exchange exchange, String route) {
        boolean known = METHODS.contains(exchange.method());
        String method = known ? exchange.method() : "_OTHER";
        Span server = Span.current();
        if (server.getSpanContext().isValid()) {
            server.setAttribute(ROUTE, route);
            server.updateName((known ? method : "HTTP") + " " + route);
            return Observation.NONE;
        }
        if (!tracing) {
            return Observation.NONE;
        }
        String scheme = exchange.origin().startsWith("https:") ? "https" : "http";
        Context parent = propagator.extract(Context.current(), exchange, HEADERS);
        SpanBuilder builder = tracer.spanBuilder((known ? method : "HTTP") + " " + route)
                .setSpanKind(SpanKind.SERVER)
                .setParent(parent)
                .setAttribute(METHOD, method)
                .setAttribute(ROUTE, route)
                .setAttribute(SCHEME, scheme)
                .setAttribute(PATH, exchange.contextPath() + exchange.path());
        if (!known) {
            builder.setAttribute(METHOD_ORIGINAL, exchange.method());
        }
        Span span = builder.startSpan();
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
