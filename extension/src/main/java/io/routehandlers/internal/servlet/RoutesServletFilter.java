package io.routehandlers.internal.servlet;

import io.routehandlers.internal.pipeline.RoutePipeline;
import io.routehandlers.internal.telemetry.RouteTelemetry;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The servlet adapter's front door, mapped to {@code /*}: each request is handed to the {@link RoutePipeline} as a
 * {@link ServletExchange}; a request no route answers goes down the chain untouched (static files, JSPs, servlets,
 * the WAR's own Jakarta REST resources). The server's telemetry, when it has MicroProfile Telemetry, learns each
 * routed request's route and when its answer is complete (S-13.2).
 */
public class RoutesServletFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoutePipeline pipeline;

    @Inject
    transient BeanManager beans;

    private transient RouteTelemetry telemetry = RouteTelemetry.NONE;

    @Override
    public void init() {
        telemetry = RouteTelemetry.find(beans);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ServletExchange exchange = new ServletExchange(request, response, telemetry);
        boolean routed = false;
        boolean failed = true;
        try {
            routed = pipeline.handle(exchange);
            failed = false;
        } finally {
            exchange.dispatched(failed);
        }
        if (!routed) {
            chain.doFilter(request, response);
        }
    }
}
