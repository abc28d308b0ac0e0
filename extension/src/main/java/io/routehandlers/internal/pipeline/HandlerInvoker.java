package io.routehandlers.internal.pipeline;

import io.routehandlers.CookieStore;
import io.routehandlers.internal.cache.RouteRenderer;
import io.routehandlers.internal.call.RequestGuard;
import io.routehandlers.internal.call.RouteTarget;
import io.routehandlers.internal.config.GlobalSettings;
import io.routehandlers.internal.cookies.CookieJar;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.RouteClock;
import io.routehandlers.internal.http.EntityTags;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.metadata.SitemapIndex;
import io.routehandlers.internal.openapi.DeployedRoutes;
import io.routehandlers.internal.openapi.OpenApiConfigSource;
import io.routehandlers.internal.openapi.PropertyNaming;
import io.routehandlers.internal.scan.ExceptionMappers;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.internal.scan.Split;
import io.routehandlers.internal.socket.Sockets;
import io.routehandlers.internal.stream.Streams;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Calls handlers: binds the call to its thread ({@link CurrentCall}), takes the route's CDI bean ({@link RouteTarget}),
 * asks each parameter's {@link ArgumentSource} for its value, invokes the handler, and turns the result, or the
 * failure, into an {@link Answer} with the cookies the request set (S-3, S-5.3). A synchronous result is a completed
 * stage: sync and async handlers take the same path. The {@link Invocation} it returns carries the call's end
 * ({@link AfterTasks#endOf}). It also renders cached routes for the cache ({@link RouteRenderer}); a split route's
 * ids are {@link SplitFiles}'.
 */
@ApplicationScoped
public class HandlerInvoker implements RouteRenderer {

    @Inject
    BeanManager beanManager;

    @Inject
    RouteTable table;

    @Inject
    CookieStore cookies;

    @Inject
    CurrentCall calls;

    @Inject
    RouteClock clock;

    @Inject
    Streams streams;

    @Inject
    BackgroundExecutor background;

    @Inject
    Sockets sockets;

    @Inject
    AfterTasks afterTasks;

    @Inject
    ExceptionMappers mappers;

    private Map<Class<?>, RouteTarget> targets;
    /** By handler: an inherited handler method serves routes whose params sit at other positions. */
    private Map<Handler, ArgumentSource[]> arguments;

    private JsonBinding jsonb;
    private BodyValidator validator;
    private Answers answers;
    private ExchangeRouteRequest.FormLimits formLimits;

    @PostConstruct
    void start() {
        Map<Class<?>, RouteTarget> map = new HashMap<>();
        Map<Handler, ArgumentSource[]> sources = new IdentityHashMap<>();
        for (RouteDefinition route : table.routes()) {
            map.put(route.type(), new RouteTarget(beanManager, route.type()));
            List<Handler> called = new ArrayList<>(route.all());
            if (route.entityTag() != null) {
                called.add(route.entityTag());
            }
            for (Handler handler : called) {
                sources.put(
                        handler,
                        handler.arguments().stream()
                                .map(argument -> ArgumentSource.of(argument, cookies))
                                .toArray(ArgumentSource[]::new));
            }
        }
        targets = Map.copyOf(map);
        arguments = Collections.unmodifiableMap(sources);
        jsonb = JsonBinding.of(beanManager);
        if (OpenApiConfigSource.openApiPresent()) {
            PropertyNaming.read(jsonb.of(PropertyNaming.Probe.class)).ifPresent(DeployedRoutes::naming);
        }
        validator = BodyValidator.find(beanManager);
        answers = new Answers(
                jsonb,
                streams,
                sockets,
                new ExceptionMapping(mappers, beanManager),
                table.settings().problemDetails());
        GlobalSettings settings = table.settings();
        formLimits = new ExchangeRouteRequest.FormLimits(settings.maxFileSize(), settings.maxFormParts());
    }

    @PreDestroy
    void stop() {
        try {
            jsonb.close();
        } catch (Exception e) {
            RuntimeMessages.closingJsonbFailed(e);
        }
    }

    /**
     * Calls the handler of a request the pipeline matched.
     *
     * @param route the route
     * @param handler its handler for the request's method
     * @param params the param values
     * @param exchange the request
     * @param pathname the path below the context root
     */
    public Invocation invoke(
            RouteDefinition route, Handler handler, List<Object> params, Exchange exchange, String pathname) {
        ExchangeRouteRequest request = request(route, Optional.of(exchange), pathname, "", RequestGuard.LIVE);
        return run(new Call(route, handler, params, request), Optional.of(exchange), RequestGuard.LIVE);
    }

    /**
     * What a route's {@code @EntityTag} method told (S-18.5).
     *
     * @param tag the current tag, quoted; empty when the method returned {@code null} (no such resource)
     * @param failure the answer of what it threw, as a handler's would be; {@code null} when it returned
     */
    record Tag(Optional<String> tag, Answer failure) {}

    /**
     * Calls a route's {@code @EntityTag} method for a request, with the call bound to this thread as a handler's is.
     */
    Tag currentTag(RoutedRequest request) {
        RouteDefinition route = request.route();
        Handler method = route.entityTag();
        Call call = new Call(
                route,
                method,
                request.params(),
                request(route, Optional.of(request.exchange()), request.path(), "", RequestGuard.LIVE),
                "@EntityTag method " + method.signature());
        CurrentCall.State state = new CurrentCall.State(Optional.of(request.exchange()), RequestGuard.LIVE, null);
        CurrentCall.State previous = calls.begin(state);
        RouteTarget.Instance instance = null;
        try {
            instance = targets.get(route.type()).acquire();
            String value = (String) invoke(call, instance.object());
            Optional<String> tag = Optional.ofNullable(value).map(EntityTags::quoted);
            if (value != null && tag.isEmpty()) {
                RuntimeMessages.unsendableHeader(call.route(), method.signature(), "ETag");
                return new Tag(Optional.empty(), Answer.empty(500));
            }
            return new Tag(tag, null);
        } catch (Throwable failure) {
            return new Tag(
                    Optional.empty(),
                    finish(call, null, failure, state.cookies().orElse(null)));
        } finally {
            if (instance != null) {
                instance.destroy();
            }
            calls.end(previous);
        }
    }

    /**
     * Binds the request to this thread while its filters run (S-15.2), as a handler's call is bound: the injected
     * {@code HeaderStore}, {@code @HeaderValue} and {@code CookieStore} read the filtered request, and the cookies
     * a filter writes are kept in the binding's jar.
     */
    CurrentCall.Binding bindFilters(RoutedRequest request) {
        // No request view: after() tasks are a handler's (AfterResponse says so outside a handler's call).
        return calls.bind(new CurrentCall.State(Optional.of(request.exchange()), RequestGuard.LIVE, null));
    }

    /**
     * The answer a filter gave instead of the handler (S-15.2): its response, or what it threw, written as the
     * handler's would be, the exception mappers included, with the cookies the filters wrote.
     *
     * @param request the request the filter saw
     * @param filter the filter, for messages
     * @param response the filter's response, or {@code null} when it threw
     * @param failure what the filter threw, or {@code null}
     * @param jar the cookies the filters wrote, or {@code null}
     */
    Answer answerInstead(RoutedRequest request, Class<?> filter, Object response, Throwable failure, CookieJar jar) {
        RouteDefinition route = request.route();
        Call call = new Call(
                route,
                request.handler(),
                request.params(),
                request(route, Optional.of(request.exchange()), request.path(), "", RequestGuard.LIVE),
                "filter " + filter.getName() + " before handler "
                        + request.handler().signature());
        return finish(call, response, failure, jar);
    }

    /**
     * The extension's own error answer as problem details, when the application asks for them (S-15.5); any other
     * answer as it is.
     */
    Answer described(Answer answer, String instance) {
        return answers.described(answer, instance);
    }

    /** The time of the route clock, for the cookies filters wrote. */
    Instant now() {
        return clock.now();
    }

    @Override
    public Rendered render(
            RouteDefinition route,
            Handler handler,
            List<Object> params,
            String pathname,
            String contextPath,
            RequestGuard guard,
            Optional<Exchange> exchange) {
        Call call = new Call(route, handler, params, request(route, exchange, pathname, contextPath, guard));
        Invocation invocation = run(call, exchange, guard);
        try {
            return new Rendered(invocation.await(route, handler), invocation.callEnd());
        } catch (RuntimeException | Error e) {
            invocation.end();
            throw e;
        }
    }

    private ExchangeRouteRequest request(
            RouteDefinition route,
            Optional<Exchange> exchange,
            String pathname,
            String contextPath,
            RequestGuard guard) {
        return new ExchangeRouteRequest(
                exchange,
                pathname,
                contextPath,
                jsonb,
                validator,
                guard,
                route.settings().maxBodySize(),
                formLimits,
                table.settings().trustedProxies());
    }

    /**
     * Calls the handler with the call bound to this thread ({@link CurrentCall}) while it runs here; the binding is
     * undone on every path, a failure to create the route's bean included.
     */
    private Invocation run(Call call, Optional<Exchange> exchange, RequestGuard guard) {
        // A socket's call lasts as long as the socket: the in-process adapter does not wait for it (S-17.5).
        Runnable inFlight = call.handler().socket() ? () -> {} : background.hold();
        CurrentCall.State state = new CurrentCall.State(exchange, guard, call.request());
        CurrentCall.State previous = calls.begin(state);
        RouteTarget.Instance instance = null;
        Object result;
        try {
            instance = targets.get(call.definition().type()).acquire();
            result = invoke(call, instance.object());
        } catch (Throwable failure) {
            if (instance != null) {
                instance.destroy();
            }
            return done(call, finish(call, null, failure, state.cookies().orElse(null)), inFlight);
        } finally {
            calls.end(previous);
        }
        // The jar is the one written on this thread: the request context is not active where an async stage completes.
        CookieJar jar = state.cookies().orElse(null);
        RouteTarget.Instance acquired = instance;
        if (!(result instanceof CompletionStage<?> stage)) {
            acquired.destroy();
            return done(call, finish(call, result, null, jar), inFlight);
        }
        CompletableFuture<?> handlerStage = stage.toCompletableFuture();
        CompletableFuture<Answer> answer = handlerStage.handle((value, failure) -> {
            acquired.destroy();
            return finish(call, value, failure, jar);
        });
        return new Invocation(answer, handlerStage, afterTasks.endOf(call, inFlight));
    }

    private Invocation done(Call call, Answer answer, Runnable inFlight) {
        return new Invocation(CompletableFuture.completedFuture(answer), null, afterTasks.endOf(call, inFlight));
    }

    /**
     * The answer of a result or failure, with the cookies of the store on success and on the handler's own answers.
     * It never throws: whatever fails here is an empty 500 with the failure logged, so answers never fail.
     */
    private Answer finish(Call call, Object result, Throwable failure, CookieJar jar) {
        try {
            if (failure instanceof CancellationException) {
                return Answer.empty(503);
            }
            Answer answer = failure == null
                    ? answers.of(call, result, clock.now())
                    : answers.failed(call, failure, clock.now());
            boolean withCookies =
                    failure == null ? answer.status() != 500 || result != null : answers.isAnswer(failure);
            answer = answers.described(answer, call.request().path());
            answer = tagged(call, answer);
            return withCookies ? Answers.withCookies(answer, jar, clock.now()) : answer;
        } catch (RuntimeException | Error e) {
            return answers.described(answers.unexpected(call, e), call.request().path());
        }
    }

    /**
     * A whole {@code 200} answer of a safe method with a strong {@code ETag} from its bytes, on a route that asks for
     * them and is not cached (the cache tags its own answers): S-18.5. Streamed answers and answers that have a tag get
     * none.
     */
    private static Answer tagged(Call call, Answer answer) {
        if (!call.definition().settings().etag()
                || call.definition().settings().cached()
                || call.definition().entityTag() != null // the route tells its own tags (S-18.5)
                || answer.status() != 200
                || !(answer.body() instanceof Answer.Body.Bytes bytes)
                || !Preconditions.safe(call.request().method())
                || answer.header("ETag").isPresent()) {
            return answer;
        }
        return answer.header("ETag", EntityTags.of(bytes.bytes()));
    }

    private Object invoke(Call call, Object target) throws Throwable {
        Split split = call.definition().split();
        if (split != null) {
            Optional<SitemapIndex> index =
                    SplitFiles.index(split, call, target, table.settings().metadataBaseUrl());
            if (index.isPresent()) {
                return index.get(); // the index of a split sitemap is the extension's: the handler answers the files
            }
        }
        ArgumentSource[] sources = arguments.get(call.handler());
        Object[] values = new Object[sources.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = sources[i].value(call);
        }
        try {
            return call.handler().method().invoke(target, values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
