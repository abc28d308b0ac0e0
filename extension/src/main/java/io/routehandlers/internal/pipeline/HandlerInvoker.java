package io.routehandlers.internal.pipeline;

import io.routehandlers.CookieStore;
import io.routehandlers.Navigation;
import io.routehandlers.RouteContext;
import io.routehandlers.internal.cache.RouteRenderer;
import io.routehandlers.internal.config.GlobalSettings;
import io.routehandlers.internal.cookies.CookieJar;
import io.routehandlers.internal.http.Answer;
import io.routehandlers.internal.http.BackgroundExecutor;
import io.routehandlers.internal.http.Exchange;
import io.routehandlers.internal.http.RequestGuard;
import io.routehandlers.internal.http.RouteClock;
import io.routehandlers.internal.metadata.SitemapIndex;
import io.routehandlers.internal.scan.Argument;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteScanner;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.internal.scan.Split;
import io.routehandlers.internal.stream.Streams;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Calls handlers: resolves the arguments of a call, invokes the handler on its route's CDI bean, and turns the
 * result, or the failure, into an {@link Answer} with the cookies the request set (S-3, S-5.3). A synchronous
 * result is a completed stage: sync and async handlers take the same path. It also renders cached routes for the
 * cache ({@link RouteRenderer}).
 */
@ApplicationScoped
public class HandlerInvoker implements RouteRenderer {

    private static final Logger LOG = Logger.getLogger("io.routehandlers");

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

    private Map<Class<?>, RouteTarget> targets;
    private Jsonb jsonb;
    private BodyValidator validator;
    private Answers answers;
    private ExchangeRouteRequest.FormLimits formLimits;

    @PostConstruct
    void start() {
        Map<Class<?>, RouteTarget> map = new HashMap<>();
        for (RouteDefinition route : table.routes()) {
            map.put(route.type(), new RouteTarget(beanManager, route.type()));
        }
        targets = Map.copyOf(map);
        jsonb = JsonbBuilder.create();
        validator = BodyValidator.find(beanManager);
        answers = new Answers(jsonb, streams);
        GlobalSettings settings = table.settings();
        formLimits = new ExchangeRouteRequest.FormLimits(settings.maxFileSize(), settings.maxFormParts());
    }

    @PreDestroy
    void stop() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Closing JSON-B failed", e);
        }
    }

    /** A call in flight: its answer, the means to cancel the handler's stage, and its request's resources. */
    public static final class Invocation {
        private final CompletableFuture<Answer> answer;
        private final CompletableFuture<?> handlerStage;
        private final Runnable release;
        private final AtomicBoolean released = new AtomicBoolean();

        Invocation(CompletableFuture<Answer> answer, CompletableFuture<?> handlerStage, Runnable release) {
            this.answer = answer;
            this.handlerStage = handlerStage;
            this.release = release;
        }

        /** The answer; it never completes exceptionally (failures are answers). */
        public CompletableFuture<Answer> answer() {
            return answer;
        }

        /** Cancels the handler's stage, if it is still running. */
        public void cancel() {
            if (handlerStage != null) {
                handlerStage.cancel(true);
            }
        }

        /**
         * Releases what the request held past its answer, once the answer was sent (or will not be): the temporary
         * files of its uploads, then its {@code after()} tasks start. A streamed answer holds them until it ends.
         */
        public void close() {
            Answer sent = answer.isDone() && !answer.isCompletedExceptionally() ? answer.join() : null;
            if (sent != null && sent.body() instanceof Answer.Body.Live live) {
                live.source().discard(); // a stream that was never started (not sent, timed out) will not be
                live.source().ended().whenComplete((ignored, failure) -> releaseOnce());
            } else {
                releaseOnce();
            }
        }

        private void releaseOnce() {
            if (released.compareAndSet(false, true)) {
                release.run();
            }
        }
    }

    /**
     * Releases a call's request once its answer was sent: starts its {@code after()} tasks (S-11.6), with a request
     * context and the call bound again, then deletes its uploads, which the tasks may still read.
     */
    private void release(Call call, Runnable held) {
        try {
            release(call);
        } finally {
            held.run();
        }
    }

    private void release(Call call) {
        ExchangeRouteRequest request = call.request();
        List<Runnable> tasks = request.answered();
        if (tasks.isEmpty()) {
            request.close();
            return;
        }
        Runnable work = () -> {
            try {
                background.inRequestContext(() -> {
                    CurrentCall.State previous =
                            calls.begin(new CurrentCall.State(request.exchange(), RequestGuard.LIVE, request));
                    try {
                        for (Runnable task : tasks) {
                            try {
                                task.run();
                            } catch (RuntimeException | Error e) {
                                LOG.log(
                                        Level.SEVERE,
                                        e,
                                        () -> "Route " + call.route() + ": an after() task of handler "
                                                + call.handler().signature() + " failed");
                            }
                        }
                    } finally {
                        calls.end(previous);
                    }
                    return null;
                });
            } finally {
                request.close();
            }
        };
        Optional<Executor> executor = background.executor();
        try {
            executor.ifPresentOrElse(e -> e.execute(work), work);
        } catch (RejectedExecutionException e) {
            request.close();
            LOG.warning(() -> "Route " + call.route() + ": the executor refused the after() tasks of handler "
                    + call.handler().signature() + " (is the server stopping?): " + e);
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

    @Override
    public Rendered render(
            RouteDefinition route,
            List<Object> params,
            String pathname,
            String contextPath,
            RequestGuard guard,
            Optional<Exchange> exchange) {
        Handler handler = route.handlerFor("GET");
        Call call = new Call(route, handler, params, request(route, exchange, pathname, contextPath, guard));
        Invocation invocation = run(call, exchange, guard);
        try {
            return new Rendered(await(route, handler, invocation), invocation::close);
        } catch (RuntimeException | Error e) {
            invocation.close();
            throw e;
        }
    }

    /** Waits for a render's answer up to the route's async timeout, after which it is cancelled and a 503. */
    private static Answer await(RouteDefinition route, Handler handler, Invocation invocation) {
        Duration timeout = route.settings().asyncTimeout();
        try {
            return timeout.isZero()
                    ? invocation.answer().get()
                    : invocation.answer().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            invocation.cancel();
            LOG.warning(() -> "Route " + route.path().declared() + ": handler " + handler.signature()
                    + " did not complete within " + timeout.toSeconds() + " s; cancelled");
            return Answer.empty(503);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            invocation.cancel();
            return Answer.empty(503);
        } catch (ExecutionException e) {
            throw new IllegalStateException("An answer stage failed", e); // answers never fail; see Invocation
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
                formLimits);
    }

    /**
     * Calls the handler with the call bound to this thread ({@link CurrentCall}) while it runs here; the binding is
     * undone on every path, a failure to create the route's bean included.
     */
    private Invocation run(Call call, Optional<Exchange> exchange, RequestGuard guard) {
        Runnable held = background.hold();
        CurrentCall.State state = new CurrentCall.State(exchange, guard, call.request());
        CurrentCall.State previous = calls.begin(state);
        RouteTarget.Instance instance = null;
        Object result;
        try {
            instance = targets.get(call.definition().type()).acquire();
            result = invoke(call, instance.object());
        } catch (Throwable failure) {
            if (instance != null) {
                instance.release();
            }
            return done(call, finish(call, null, failure, state.cookies().orElse(null)), held);
        } finally {
            calls.end(previous);
        }
        // The jar is the one written on this thread: the request context is not active where an async stage completes.
        CookieJar jar = state.cookies().orElse(null);
        RouteTarget.Instance acquired = instance;
        if (!(result instanceof CompletionStage<?> stage)) {
            acquired.release();
            return done(call, finish(call, result, null, jar), held);
        }
        CompletableFuture<?> handlerStage = stage.toCompletableFuture();
        CompletableFuture<Answer> answer = handlerStage.handle((value, failure) -> {
            acquired.release();
            return finish(call, value, failure, jar);
        });
        return new Invocation(answer, handlerStage, () -> release(call, held));
    }

    private Invocation done(Call call, Answer answer, Runnable held) {
        return new Invocation(CompletableFuture.completedFuture(answer), null, () -> release(call, held));
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
            Answer answer = failure == null ? answers.of(call, result, clock.now()) : answers.failed(call, failure);
            boolean withCookies =
                    failure == null ? answer.status() != 500 || result != null : Answers.isAnswer(failure);
            return withCookies ? Answers.withCookies(answer, jar, clock.now()) : answer;
        } catch (RuntimeException | Error e) {
            return answers.failed(call, e);
        }
    }

    private Object invoke(Call call, Object target) throws Throwable {
        Split split = call.definition().split();
        if (split != null) {
            Collection<String> ids = ids(split, target);
            if (split.role() == Split.Role.INDEX) {
                // The index of a split sitemap is the extension's, from the ids: the handler answers the files.
                String base = table.settings().metadataBaseUrl();
                return new SitemapIndex(
                        ids.stream().map(id -> base + split.childUrl(id)).toList());
            }
            Object id = call.params().get(call.params().size() - 1);
            if (!ids.contains(id)) {
                throw Navigation.notFound();
            }
        }
        List<Argument> arguments = call.handler().arguments();
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = argument(arguments.get(i), call);
        }
        try {
            return call.handler().method().invoke(target, values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The ids a split route's {@code @SitemapIds} or {@code @ImageIds} method lists now, as strings. */
    private static Collection<String> ids(Split split, Object target) throws Throwable {
        String method = RouteScanner.signature(split.ids());
        Object listed;
        try {
            listed = split.ids().invoke(Modifier.isStatic(split.ids().getModifiers()) ? null : target);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The ids method " + method + " threw", e.getCause());
        }
        if (listed == null) {
            throw new IllegalStateException("The ids method " + method + " returned null");
        }
        return Split.ids((Collection<?>) listed, problem -> {
            throw new IllegalStateException("The ids method " + method + " " + problem);
        });
    }

    private Object argument(Argument argument, Call call) throws Throwable {
        if (argument instanceof Argument.Request) {
            return call.request();
        }
        if (argument instanceof Argument.Headers) {
            return call.request().headers();
        }
        if (argument instanceof Argument.Cookies) {
            return cookies;
        }
        List<Object> params = call.params();
        if (argument instanceof Argument.PathParam p) {
            return params.get(p.index());
        }
        Argument.Context context = (Argument.Context) argument;
        Object value;
        if (context.constructor() == null) {
            value = new MatchedParams(call.definition().path().paramNames(), params);
        } else {
            Object[] components = new Object[context.paramIndexes().length];
            for (int i = 0; i < components.length; i++) {
                components[i] = params.get(context.paramIndexes()[i]);
            }
            value = context.constructor().invokeWithArguments(components);
        }
        return (RouteContext<Object>) () -> value;
    }
}
