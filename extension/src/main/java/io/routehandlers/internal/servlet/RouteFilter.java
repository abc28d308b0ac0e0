package io.routehandlers.internal.servlet;

import io.routehandlers.internal.pipeline.RoutePipeline;
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
 * the WAR's own Jakarta REST resources).
 */
public class RouteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RoutePipeline pipeline;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!pipeline.handle(new ServletExchange(request, response))) {
            chain.doFilter(request, response);
        }
    }
}
