package io.routehandlers.internal.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Where work runs after or beside a request (regenerating a stale cached answer): the server's default managed
 * executor of Jakarta Concurrency, looked up once, so that the work gets the application's context and the server
 * manages its threads. The in-process adapter sets an executor of its own.
 */
@ApplicationScoped
public class BackgroundExecutor {

    /** The default managed executor every Jakarta EE 10 server with Concurrency provides. */
    public static final String DEFAULT_MANAGED_EXECUTOR = "java:comp/DefaultManagedExecutorService";

    private static final Logger LOG = Logger.getLogger("io.routehandlers");

    private volatile Optional<Executor> executor;

    /** The executor, or empty when the server has none for the application. */
    public Optional<Executor> executor() {
        Optional<Executor> found = executor;
        if (found == null) {
            found = lookup();
            executor = found;
        }
        return found;
    }

    /** Uses another executor from now on. */
    public void use(Executor other) {
        this.executor = Optional.of(other);
    }

    private static Optional<Executor> lookup() {
        try {
            return Optional.of((Executor) new InitialContext().lookup(DEFAULT_MANAGED_EXECUTOR));
        } catch (NamingException | ClassCastException | LinkageError e) {
            LOG.log(Level.FINE, e, () -> "No managed executor at " + DEFAULT_MANAGED_EXECUTOR);
            return Optional.empty();
        }
    }
}
