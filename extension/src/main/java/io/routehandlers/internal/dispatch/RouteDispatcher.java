package io.routehandlers.internal.dispatch;

import io.routehandlers.CookieStore;
import io.routehandlers.NavigationException;
import io.routehandlers.ResponseCookie;
import io.routehandlers.RouteContext;
import io.routehandlers.RouteResponse;
import io.routehandlers.internal.RouteTable;
import io.routehandlers.internal.cookies.CookieJar;
import io.routehandlers.internal.cookies.SetCookie;
import io.routehandlers.internal.http.DynamicUsageException;
import io.routehandlers.internal.http.RenderContext;
import io.routehandlers.internal.http.RequestGuard;
import io.routehandlers.internal.scan.Argument;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the handler of a forwarded request: resolves its arguments, calls it on the route's CDI bean and
 * turns the result, or the failure, into a Jakarta REST {@link Response}.
 */
@ApplicationScoped
public class RouteDispatcher {

    private static final Logger LOG = Logger.getLogger("io.routehandlers");
    private static final String OCTET_STREAM = "application/octet-stream";

    @Inject
    BeanManager beanManager;

    @Inject
    RouteTable table;

    @Inject
    CookieStore cookies;

    @Inject
    RenderContext renderContext;

    private Map<Class<?>, RouteTarget> targets;
    private Bean<?> cookieJarBean;
    private Jsonb jsonb;

    @PostConstruct
    void start() {
        Map<Class<?>, RouteTarget> map = new HashMap<>();
        for (RouteDefinition route : table.routes()) {
            map.put(route.type(), new RouteTarget(beanManager, route.type()));
        }
        targets = Map.copyOf(map);
        cookieJarBean = beanManager.resolve(beanManager.getBeans(CookieStore.class));
        jsonb = JsonbBuilder.create();
    }

    @PreDestroy
    void stop() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Closing JSON-B failed", e);
        }
    }

    /** Runs a synchronous handler of a request the filter matched. */
    public Response dispatch(HttpServletRequest servletRequest, RouteExchange exchange) {
        Call call = call(servletRequest, exchange, RequestGuard.LIVE);
        return call == null ? Response.status(Response.Status.NOT_FOUND).build() : run(call, false);
    }

    /**
     * Renders the {@code GET} answer of a cached route under a guard, waiting for an async handler: for the
     * client's request, or with no request at startup and in background regenerations (the request context
     * must be active).
     *
     * @param servletRequest the client's request, or {@code null}
     * @param exchange the route, its params and the request line
     * @param guard what reads of request data do during the render
     * @return the complete answer
     */
    public Response render(HttpServletRequest servletRequest, RouteExchange exchange, RequestGuard guard) {
        renderContext.guard(guard);
        try {
            Call call = call(servletRequest, exchange, guard);
            return call == null ? Response.status(Response.Status.NOT_FOUND).build() : run(call, true);
        } finally {
            renderContext.guard(RequestGuard.LIVE);
        }
    }

    private Response run(Call call, boolean awaitStage) {
        RouteTarget.Instance instance = call.target.acquire();
        Response answer;
        try {
            Object result = invoke(call, instance.object());
            if (awaitStage && call.handler.async()) {
                result = result == null
                        ? null
                        : ((CompletionStage<?>) result).toCompletableFuture().join();
            }
            answer = toResponse(call, result);
        } catch (Throwable failure) {
            answer = failed(call, failure);
            if (!isAnswer(failure)) {
                return answer;
            }
        } finally {
            instance.release();
        }
        return withCookies(answer, usedCookieJar());
    }

    /** Runs a handler that returns a {@code CompletionStage}, for a request the filter forwarded. */
    public CompletionStage<Response> dispatchAsync(HttpServletRequest servletRequest) {
        Call call = servletRequest.getAttribute(RouteExchange.ATTRIBUTE) instanceof RouteExchange exchange
                ? call(servletRequest, exchange, RequestGuard.LIVE)
                : null;
        if (call == null) {
            return CompletableFuture.completedFuture(
                    Response.status(Response.Status.NOT_FOUND).build());
        }
        RouteTarget.Instance instance = call.target.acquire();
        CompletionStage<?> stage;
        try {
            stage = (CompletionStage<?>) invoke(call, instance.object());
        } catch (Throwable failure) {
            instance.release();
            return CompletableFuture.completedFuture(failed(call, failure));
        }
        if (stage == null) {
            instance.release();
            return CompletableFuture.completedFuture(returnedNull(call));
        }
        // Cookies must be set before the stage is returned: the request context is not active later.
        CookieJar jar = usedCookieJar();
        return stage.handle((result, failure) -> {
            instance.release();
            Response answer = failure == null ? toResponse(call, result) : failed(call, failure);
            return failure == null || isAnswer(failure) ? withCookies(answer, jar) : answer;
        });
    }

    /** The request's route and handler, or {@code null} when the route has none for the method. */
    private Call call(HttpServletRequest servletRequest, RouteExchange exchange, RequestGuard guard) {
        RouteDefinition route = exchange.route();
        Handler handler = route.handlerFor(servletRequest == null ? "GET" : servletRequest.getMethod());
        if (handler == null) {
            return null;
        }
        return new Call(
                exchange,
                handler,
                targets.get(route.type()),
                new ServletRouteRequest(servletRequest, exchange, jsonb, guard),
                cookies);
    }

    private static Object invoke(Call call, Object target) throws Throwable {
        List<Argument> arguments = call.handler.arguments();
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = argument(arguments.get(i), call);
        }
        try {
            return call.handler.method().invoke(target, values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object argument(Argument argument, Call call) throws Throwable {
        if (argument instanceof Argument.Request) {
            return call.request;
        }
        if (argument instanceof Argument.Headers) {
            return call.request.headers();
        }
        if (argument instanceof Argument.Cookies) {
            return call.cookies;
        }
        List<Object> params = call.exchange.params();
        if (argument instanceof Argument.PathParam p) {
            return params.get(p.index());
        }
        Argument.Context context = (Argument.Context) argument;
        Object value;
        if (context.constructor() == null) {
            value = new MatchedParams(call.exchange.route().path().paramNames(), params);
        } else {
            Object[] components = new Object[context.paramIndexes().length];
            for (int i = 0; i < components.length; i++) {
                components[i] = params.get(context.paramIndexes()[i]);
            }
            value = context.constructor().invokeWithArguments(components);
        }
        return (RouteContext<Object>) () -> value;
    }

    private Response toResponse(Call call, Object result) {
        if (result == null) {
            return returnedNull(call);
        }
        if (result instanceof Response response) {
            return response;
        }
        if (result instanceof RouteResponse routeResponse) {
            return toResponse(routeResponse);
        }
        if (result instanceof String text) {
            return Response.ok(text.getBytes(StandardCharsets.UTF_8), RouteResponse.TEXT_PLAIN_UTF8)
                    .build();
        }
        if (result instanceof byte[] || result instanceof InputStream) {
            return Response.ok(result, OCTET_STREAM).build();
        }
        return Response.ok(json(result), RouteResponse.APPLICATION_JSON).build();
    }

    /** The request's cookie jar when this request used it, without creating one. */
    private CookieJar usedCookieJar() {
        Object jar = beanManager.getContext(RequestScoped.class).get(cookieJarBean);
        return jar instanceof CookieJar used ? used : null;
    }

    /** Adds a {@code Set-Cookie} per cookie written through the store, unless the answer sets that name. */
    private static Response withCookies(Response answer, CookieJar jar) {
        if (jar == null || !jar.hasWrites()) {
            return answer;
        }
        Set<String> own = new HashSet<>(answer.getCookies().keySet());
        answer.getStringHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(value -> own.add(SetCookie.name(value)));
            }
        });
        List<String> headers = jar.setCookieHeaders(own, Instant.now());
        if (headers.isEmpty()) {
            return answer;
        }
        Response.ResponseBuilder builder = Response.fromResponse(answer);
        headers.forEach(header -> builder.header("Set-Cookie", header));
        return builder.build();
    }

    /** Whether a failure is an answer (a navigation or a Jakarta REST response), after which cookies go too. */
    private static boolean isAnswer(Throwable failure) {
        Throwable cause = unwrap(failure);
        return cause instanceof NavigationException || cause instanceof WebApplicationException;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private Response toResponse(RouteResponse routeResponse) {
        Response.ResponseBuilder builder = Response.status(routeResponse.statusCode());
        routeResponse.body().ifPresent(body -> {
            String type = routeResponse.contentType().orElse(OCTET_STREAM);
            Object entity = type.equals(RouteResponse.APPLICATION_JSON)
                    ? json(body)
                    : body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : body;
            builder.entity(entity).type(type);
        });
        for (Map.Entry<String, String> header : routeResponse.headers()) {
            builder.header(header.getKey(), header.getValue());
        }
        Instant now = Instant.now();
        for (ResponseCookie cookie : routeResponse.cookies()) {
            builder.header("Set-Cookie", SetCookie.format(cookie, now));
        }
        return builder.build();
    }

    private byte[] json(Object value) {
        return jsonb.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    private static Response returnedNull(Call call) {
        LOG.severe(() -> "Route " + call.exchange.route().path().declared() + ": handler " + call.handler.signature()
                + " returned null; return RouteResponse.status(204) for an empty answer");
        return Response.serverError().build();
    }

    private static Response failed(Call call, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof NavigationException navigation) {
            return navigate(call, navigation);
        }
        if (cause instanceof WebApplicationException web) {
            return web.getResponse();
        }
        Throwable logged = cause;
        if (cause instanceof DynamicUsageException) {
            LOG.severe(logged::getMessage);
            return Response.serverError().build();
        }
        LOG.log(
                Level.SEVERE,
                logged,
                () -> "Route " + call.exchange.route().path().declared() + ": handler " + call.handler.signature()
                        + " failed with " + logged);
        return Response.serverError().build();
    }

    private static Response navigate(Call call, NavigationException navigation) {
        return switch (navigation.kind()) {
            case NOT_FOUND -> Response.status(404).build();
            case FORBIDDEN -> Response.status(403).build();
            case UNAUTHORIZED -> Response.status(401).build();
            case REDIRECT, PERMANENT_REDIRECT -> {
                boolean formPost = call.request.method().equals("POST") && call.request.hasFormBody();
                int status = formPost ? 303 : navigation.kind() == NavigationException.Kind.REDIRECT ? 307 : 308;
                yield Response.status(status)
                        .header("Location", navigation.location().orElseThrow())
                        .build();
            }
        };
    }

    /** One request's route, handler, bean and request view. */
    private record Call(
            RouteExchange exchange,
            Handler handler,
            RouteTarget target,
            ServletRouteRequest request,
            CookieStore cookies) {}
}
