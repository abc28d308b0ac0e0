package io.routehandlers.internal.exchange;

import io.routehandlers.internal.log.RuntimeMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Where work runs after or beside a request (regenerating a stale cached answer, the tasks of {@code after()}): the
 * server's default managed executor of Jakarta Concurrency, or the one the application names
 * ({@code routehandlers.executor}, S-11.7), looked up once, so that the work gets the application's context and the
 * server manages its threads, with a request context of its own. The in-process adapter sets an executor of its own.
 */
@ApplicationScoped
public class BackgroundExecutor {

    /** The default managed executor every Jakarta EE 10 server with Concurrency provides. */
    public static final String DEFAULT_MANAGED_EXECUTOR = "java:comp/DefaultManagedExecutorService";

    private volatile String name = DEFAULT_MANAGED_EXECUTOR;

    @Inject
    Instance<RequestContextController> requestContexts;

    private static final Runnable NOTHING = () -> {};

    private volatile Optional<Executor> executor;
    private volatile boolean counting;
    private final int[] inFlight = new int[1];

    /**
     * Looks up this executor now, by the name the application configured ({@code routehandlers.executor}, S-11.7), on
     * a thread of the container, where the application's names resolve.
     *
     * @return the executor, or empty when no managed executor has that name
     */
    public Optional<Executor> lookUp(String jndiName) {
        this.name = jndiName;
        Optional<Executor> found = executorAt(jndiName);
        executor = found;
        return found;
    }

    /** The executor, or empty when the server has none for the application. */
    public Optional<Executor> executor() {
        Optional<Executor> found = executor;
        if (found == null) {
            found = lookup();
            executor = found;
        }
        return found;
    }

    /**
     * Uses another executor from now on, and counts the calls in flight ({@link #hold()}): the in-process adapter
     * runs its background work once a request's call has ended, so that a test sees it done.
     */
    public void use(Executor other) {
        this.executor = Optional.of(other);
        this.counting = true;
    }

    /**
     * Notes a call in flight until the returned task runs (at the call's end: its answer was sent and its
     * {@code after()} tasks were handed over). Counts only where the in-process adapter asked: nothing on a server.
     */
    public Runnable hold() {
        if (!counting) {
            return NOTHING;
        }
        synchronized (inFlight) {
            inFlight[0]++;
        }
        return () -> {
            synchronized (inFlight) {
                inFlight[0]--;
                inFlight.notifyAll();
            }
        };
    }

    /** Waits, up to {@code millis}, until no call is in flight; see {@link #hold()}. */
    public void awaitIdle(long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        synchronized (inFlight) {
            for (long left = millis; inFlight[0] > 0 && left > 0; left = deadline - System.currentTimeMillis()) {
                inFlight.wait(left);
            }
        }
    }

    private Optional<Executor> lookup() {
        return executorAt(name);
    }

    /**
     * What runs tasks at a name of the application's naming context (S-11.7): a managed executor, or a managed thread
     * factory, whose every task gets a new thread of its own (with virtual threads, as cheap as a task should be).
     *
     * @return the executor, or empty when the name holds neither
     */
    public static Optional<Executor> executorAt(String name) {
        Optional<Object> found = lookup(name, Object.class);
        if (found.isPresent() && found.get() instanceof Executor executor) {
            return Optional.of(executor);
        }
        if (found.isPresent() && found.get() instanceof ThreadFactory threads) {
            return Optional.of(task -> threads.newThread(task).start());
        }
        found.ifPresent(other -> RuntimeMessages.noManagedExecutor(
                "executor or thread factory",
                name,
                new ClassCastException(other.getClass().getName())));
        return Optional.empty();
    }

    /**
     * Why a name of the application's naming context holds no executor (RH-064): the naming context's own words, or
     * the class of what it holds instead.
     */
    public static String whyNoExecutor(String name) {
        try {
            Object found = new InitialContext().lookup(name);
            return found == null
                    ? "it holds nothing"
                    : "it holds a " + found.getClass().getName();
        } catch (NamingException | LinkageError e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    /** A Jakarta Concurrency resource of the application's naming context, if the server has it. */
    public static <T> Optional<T> lookup(String name, Class<T> type) {
        try {
            return Optional.of(type.cast(new InitialContext().lookup(name)));
        } catch (NamingException | ClassCastException | LinkageError e) {
            RuntimeMessages.noManagedExecutor(type.getSimpleName(), name, e);
            return Optional.empty();
        }
    }

    /** Runs work with an active request context, as the stores and request-scoped beans need one. */
    public <T> T inRequestContext(Supplier<T> work) {
        RequestContextController controller = requestContexts.get();
        boolean activated = controller.activate();
        try {
            return work.get();
        } finally {
            if (activated) {
                controller.deactivate();
            }
            requestContexts.destroy(controller);
        }
    }
}
