package io.routehandlers.internal.exchange;

import java.util.Optional;

/**
 * Where an adapter gives the exchange of a request no route answers, for the request-scoped stores injected into
 * other beans (a Jakarta REST resource of the WAR that injects a {@code CookieStore}): read-only.
 */
public interface AmbientExchange {

    /** The exchange of the request active on this thread, if the adapter has one. */
    Optional<Exchange> current();
}
