package io.routehandlers.internal.http;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The state of one request that beans outside the pipeline read, in one typed place: the exchange being answered,
 * and the {@link RequestGuard} of the render under way (the request-scoped cookie and header stores obey it). A
 * background render has no exchange. Outside a route request (a Jakarta REST resource of the WAR that injects a
 * {@code CookieStore}), the exchange comes from the adapter's {@link AmbientExchange}.
 */
@RequestScoped
public class CurrentRequest {

    @Inject
    Instance<AmbientExchange> ambient;

    private Exchange exchange;
    private RequestGuard guard = RequestGuard.LIVE;

    /** Starts answering an exchange in this request context. */
    public void begin(Exchange current) {
        this.exchange = current;
    }

    /** The exchange of this request, if any. */
    public Optional<Exchange> exchange() {
        if (exchange == null && !ambient.isUnsatisfied()) {
            return ambient.get().current();
        }
        return Optional.ofNullable(exchange);
    }

    /** The guard of the current render: {@link RequestGuard#LIVE} unless a cached route is being rendered. */
    public RequestGuard guard() {
        return guard;
    }

    /** Sets the guard of the render about to run. */
    public void guard(RequestGuard current) {
        this.guard = current;
    }

    /** Where an adapter gives the exchange of a request that no route answers. */
    public interface AmbientExchange {
        /** The exchange of the request active on this thread, if the adapter has one. */
        Optional<Exchange> current();
    }
}
