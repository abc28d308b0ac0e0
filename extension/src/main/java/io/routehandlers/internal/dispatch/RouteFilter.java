package io.routehandlers.internal.dispatch;

import io.routehandlers.internal.RouteTable;
import io.routehandlers.internal.cache.ResponseCache;
import io.routehandlers.internal.config.ConfigLookup;
import io.routehandlers.internal.config.RouteSettingsResolver;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.tree.SegmentTree;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The front door: matches each request path against the route table. A path no route answers goes down
 * the chain untouched (static files, JSPs, servlets, the WAR's own Jakarta REST resources). For a matched
 * route the filter answers what needs no handler itself (405 with {@code Allow}, automatic
 * {@code OPTIONS}, the trailing-slash redirect, 400 for a malformed escape), runs synchronous handlers and
 * writes their answer, and forwards to {@link RouteResource} only async handlers and answers whose entity
 * needs a Jakarta REST {@code MessageBodyWriter}.
 */
public class RouteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    // Dispatchers are looked up on the first request, then kept: fetching one in init() makes Open Liberty
    // re-initialize the web module and drop it.
    private static final String SYNC_TARGET =
            RoutesApplication.PATH + "/" + RouteResource.PATH + "/" + RouteResource.SYNC;
    private static final String ASYNC_TARGET =
            RoutesApplication.PATH + "/" + RouteResource.PATH + "/" + RouteResource.ASYNC;

    /** The request attribute that carries a computed answer to {@link RouteResource}. */
    static final String ANSWER = RouteFilter.class.getName() + ".answer";

    @Inject
    transient RouteTable table;

    @Inject
    transient RouteDispatcher dispatcher;

    @Inject
    transient ResponseCache cache;

    private transient Set<String> pages;
    private transient volatile RequestDispatcher sync;
    private transient volatile RequestDispatcher async;

    private boolean serveTrailingSlash;

    @Override
    @SuppressWarnings("unchecked")
    public void init() {
        Object found = getServletContext().getAttribute(RoutesInitializer.PAGES);
        pages = found instanceof Set<?> set ? (Set<String>) set : Set.of();
        serveTrailingSlash = new RouteSettingsResolver(
                        ConfigLookup.of(
                                ConfigProvider.getConfig(getServletContext().getClassLoader())),
                        new ArrayList<>())
                .serveTrailingSlash();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = request.getRequestURI();
        String path = uri.substring(request.getContextPath().length());
        if (path.isEmpty()) {
            path = "/";
        }
        boolean trailingSlash = path.length() > 1 && path.charAt(path.length() - 1) == '/';
        String routePath = trailingSlash ? path.substring(0, path.length() - 1) : path;
        SegmentTree.Match<RouteDefinition> match;
        try {
            match = table.lookup(routePath);
        } catch (PercentDecoding.MalformedEscapeException e) {
            empty(response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // The WAR's own files and exact servlets win over dynamic routes, as public files do in Next.js. A match
        // has param values exactly when its route has dynamic segments.
        if (match == null || (!match.params().isEmpty() && (pages.contains(routePath) || pages.contains(path)))) {
            chain.doFilter(request, response);
            return;
        }
        if (trailingSlash && !serveTrailingSlash) {
            String query = request.getQueryString();
            String location = uri.substring(0, uri.length() - 1) + (query == null ? "" : "?" + query);
            response.setStatus(308);
            response.setHeader("Location", location);
            response.setContentLength(0);
            return;
        }
        RouteDefinition route = match.value();
        String method = request.getMethod();
        Handler handler = route.handlerFor(method);
        if (handler == null) {
            response.setHeader("Allow", route.allow());
            empty(
                    response,
                    method.equals("OPTIONS")
                            ? HttpServletResponse.SC_NO_CONTENT
                            : HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        RouteExchange exchange = new RouteExchange(route, match.params(), path, uri, request.getQueryString());
        if (ResponseCache.caches(route, method)) {
            Response answer = cache.serve(request, response, exchange);
            if (answer != null) {
                write(answer, request, response);
            }
            return;
        }
        if (handler.async()) {
            request.setAttribute(RouteExchange.ATTRIBUTE, exchange);
            forwardTarget(request, true).forward(request, response);
            return;
        }
        write(dispatcher.dispatch(request, exchange), request, response);
    }

    /** Writes a computed answer, directly or, when its entity needs a {@code MessageBodyWriter}, through Jakarta REST. */
    private void write(Response answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if (ServletResponseWriter.canWrite(answer)) {
            ServletResponseWriter.write(answer, response, request.getMethod().equals("HEAD"));
        } else {
            request.setAttribute(ANSWER, answer);
            forwardTarget(request, false).forward(request, response);
        }
    }

    /** The answer the filter computed for a forwarded request, or 404 when it was not forwarded by the filter. */
    static Response answerFor(HttpServletRequest request) {
        return request.getAttribute(ANSWER) instanceof Response answer
                ? answer
                : Response.status(Response.Status.NOT_FOUND).build();
    }

    /** The servlet dispatcher to the private Jakarta REST resource, sync or async. */
    private RequestDispatcher forwardTarget(HttpServletRequest request, boolean isAsync) {
        RequestDispatcher found = isAsync ? async : sync;
        if (found == null) {
            found = request.getServletContext().getRequestDispatcher(isAsync ? ASYNC_TARGET : SYNC_TARGET);
            if (isAsync) {
                async = found;
            } else {
                sync = found;
            }
        }
        return found;
    }

    private static void empty(HttpServletResponse response, int status) {
        response.setStatus(status);
        response.setContentLength(0);
    }
}
