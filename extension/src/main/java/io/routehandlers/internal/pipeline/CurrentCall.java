package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.call.RequestGuard;
import io.routehandlers.internal.cookies.CookieJar;
import io.routehandlers.internal.exchange.Exchange;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The handler call running on this thread, for the beans that are not handed the exchange: the injected
 * {@code CookieStore} and {@code HeaderStore} read the call's exchange under its {@link RequestGuard}, and a
 * {@code CookieStore} written during the call is the call's jar, whose cookies go with its answer.
 *
 * <p>Bound to the thread for the synchronous part of the call, not a request-scoped bean: creating and destroying a
 * request-scoped bean on every request cost about a tenth of a route's throughput (measured when the binding
 * replaced one). Code of an async handler that runs on another thread has no request context anyway.
 */
@ApplicationScoped
public class CurrentCall {

    private final ThreadLocal<State> current = new ThreadLocal<>();

    /**
     * One call: its exchange (none in a render without a client), its guard, its request view (for
     * {@code after()}), and the cookie jar it wrote.
     */
    static final class State {
        private final Optional<Exchange> exchange;
        private final RequestGuard guard;
        private final ExchangeRouteRequest request;
        private CookieJar cookies;

        State(Optional<Exchange> exchange, RequestGuard guard, ExchangeRouteRequest request) {
            this.exchange = exchange;
            this.guard = guard;
            this.request = request;
        }

        /** The jar the call's handler wrote, if any. */
        Optional<CookieJar> cookies() {
            return Optional.ofNullable(cookies);
        }
    }

    /** Starts a call on this thread; returns the call it replaces, to give to {@link #end}. */
    State begin(State call) {
        State previous = current.get();
        current.set(call);
        return previous;
    }

    /** Binds a call to this thread until the binding is closed, which restores the call it replaced. */
    Binding bind(State call) {
        return new Binding(call, begin(call));
    }

    /** A call bound to this thread by {@link #bind}. */
    final class Binding implements AutoCloseable {
        private final State call;
        private final State previous;

        private Binding(State call, State previous) {
            this.call = call;
            this.previous = previous;
        }

        /** The jar the bound call wrote, if any. */
        Optional<CookieJar> cookies() {
            return call.cookies();
        }

        @Override
        public void close() {
            end(previous);
        }
    }

    /** Ends the call on this thread, restoring the one it replaced. */
    void end(State previous) {
        if (previous == null) {
            current.remove();
        } else {
            current.set(previous);
        }
    }

    /** The exchange of the call on this thread, if there is a call with a client. */
    Optional<Exchange> exchange() {
        State call = current.get();
        return call == null ? Optional.empty() : call.exchange;
    }

    /** The request view of the call on this thread, if any (filters run without one). */
    Optional<ExchangeRouteRequest> request() {
        State call = current.get();
        return call == null ? Optional.empty() : Optional.ofNullable(call.request);
    }

    /** Whether a call runs on this thread. */
    boolean active() {
        return current.get() != null;
    }

    /** The guard of the call on this thread: {@link RequestGuard#LIVE} outside a cached render. */
    RequestGuard guard() {
        State call = current.get();
        return call == null ? RequestGuard.LIVE : call.guard;
    }

    /** Records that the call on this thread wrote a cookie jar. */
    void wrote(CookieJar jar) {
        State call = current.get();
        if (call != null) {
            call.cookies = jar;
        }
    }
}
