package io.routehandlers.internal.stream;

import io.routehandlers.EventStream;
import io.routehandlers.ResponseStream;
import io.routehandlers.RouteResponse;
import io.routehandlers.SseEvent;
import io.routehandlers.internal.exchange.BackgroundExecutor;
import io.routehandlers.internal.scan.RouteTable;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * Builds the {@link LiveStream}s of streamed answers and gives them where to run: bodies on the server's default
 * managed executor, heartbeats on its default managed scheduled executor (Jakarta Concurrency), so that the server
 * owns and counts the threads. Where the application has neither (the in-process tester), small daemon pools of its
 * own stand in, shut down with the application.
 */
@ApplicationScoped
public class Streams {

    /** The default managed scheduled executor every Jakarta EE 10 server with Concurrency provides. */
    static final String DEFAULT_MANAGED_SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

    /** The media type of a publisher of JSON values: one per line. */
    static final String NDJSON = "application/x-ndjson";

    @Inject
    RouteTable table;

    private volatile Executor executor;
    private volatile ScheduledExecutorService scheduler;
    private ExecutorService ownExecutor;
    private ScheduledExecutorService ownScheduler;

    /** A stream whose body the handler writes. */
    public LiveStream body(String route, String handler, ResponseStream.Body body) {
        return new LiveStream(route, handler, new LiveStream.Writer(body), false, this);
    }

    /** An event stream whose body the handler writes. */
    public LiveStream events(String route, String handler, EventStream.Body body) {
        return new LiveStream(route, handler, new LiveStream.Writer(body), true, this);
    }

    /** What a returned publisher streams, by the item type its handler declares (S-11.1, S-11.2). */
    public enum Items {
        /** {@code String}: UTF-8 text. */
        TEXT(RouteResponse.TEXT_PLAIN_UTF8),
        /** {@code byte[]}: bytes. */
        BYTES("application/octet-stream"),
        /** {@code SseEvent}: Server-Sent Events. */
        EVENTS(RouteResponse.TEXT_EVENT_STREAM),
        /** Anything else: one JSON value per line. */
        JSON_LINES(NDJSON);

        private final String contentType;

        Items(String contentType) {
            this.contentType = contentType;
        }

        /** The answer's media type. */
        public String contentType() {
            return contentType;
        }

        /** The items of a handler's declared return type: {@code Flow.Publisher<T>}, possibly in a stage. */
        public static Items of(Type returnType) {
            Type item = itemType(returnType);
            if (item == String.class) {
                return TEXT;
            }
            if (item == byte[].class
                    || (item instanceof GenericArrayType array && array.getGenericComponentType() == byte.class)) {
                return BYTES;
            }
            return item == SseEvent.class ? EVENTS : JSON_LINES;
        }

        private static Type itemType(Type type) {
            if (type instanceof ParameterizedType parameterized
                    && parameterized.getRawType() instanceof Class<?> raw
                    && parameterized.getActualTypeArguments().length == 1) {
                Type argument = parameterized.getActualTypeArguments()[0];
                if (argument instanceof WildcardType wildcard && wildcard.getUpperBounds().length == 1) {
                    argument = wildcard.getUpperBounds()[0]; // Publisher<? extends SseEvent>
                }
                return CompletionStage.class.isAssignableFrom(raw)
                        ? itemType(argument)
                        : Flow.Publisher.class.isAssignableFrom(raw) ? argument : null;
            }
            return null;
        }
    }

    /** A stream of a publisher's items. */
    public LiveStream publisher(
            String route, String handler, Flow.Publisher<?> publisher, Items items, Function<Object, String> toJson) {
        Function<Object, byte[]> encoder = switch (items) {
            case TEXT -> item -> ((String) item).getBytes(StandardCharsets.UTF_8);
            case BYTES -> item -> (byte[]) item;
            case EVENTS -> item -> ((SseEvent) item).toString().getBytes(StandardCharsets.UTF_8);
            case JSON_LINES -> item -> (toJson.apply(item) + "\n").getBytes(StandardCharsets.UTF_8);
        };
        return new LiveStream(
                route, handler, new LiveStream.Publisher(publisher, encoder), items == Items.EVENTS, this);
    }

    /** The heartbeat interval of event streams; zero for none (S-11.2). */
    Duration heartbeat() {
        return table.settings().sseHeartbeat();
    }

    /** The JNDI name of the managed executor (or thread factory) bodies run on (S-11.7). */
    String executorName() {
        return table.settings().executor();
    }

    /** Looks up the managed executors now, on a thread of the container, where the application's names resolve. */
    public void lookUpExecutors() {
        executor();
        scheduler();
    }

    /**
     * Where bodies run: the managed executor itself, never the in-process adapter's queue of background work, which
     * runs only once an answer is complete.
     */
    public Executor executor() {
        Executor found = executor;
        if (found == null) {
            found = BackgroundExecutor.executorAt(executorName()).orElseGet(this::ownExecutor);
            executor = found;
        }
        return found;
    }

    /** Where heartbeats and the idle checks of sockets are scheduled. */
    public ScheduledExecutorService scheduler() {
        ScheduledExecutorService found = scheduler;
        if (found == null) {
            found = BackgroundExecutor.lookup(DEFAULT_MANAGED_SCHEDULER, ScheduledExecutorService.class)
                    .orElseGet(this::ownScheduler);
            scheduler = found;
        }
        return found;
    }

    private synchronized Executor ownExecutor() {
        if (ownExecutor == null) {
            ownExecutor = Executors.newCachedThreadPool(daemon("stream"));
        }
        return ownExecutor;
    }

    private synchronized ScheduledExecutorService ownScheduler() {
        if (ownScheduler == null) {
            ScheduledThreadPoolExecutor own = new ScheduledThreadPoolExecutor(1, daemon("heartbeat"));
            own.setRemoveOnCancelPolicy(true);
            ownScheduler = own;
        }
        return ownScheduler;
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, "routehandlers-" + name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    synchronized void stop() {
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
        if (ownScheduler != null) {
            ownScheduler.shutdownNow();
        }
    }
}
