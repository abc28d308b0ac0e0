package io.routehandlers.tck.filters;

import io.routehandlers.RouteFilter;
import io.routehandlers.RouteOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A filter of every route that only observes: each outcome is noted in {@link Counts}. */
@ApplicationScoped
public class Outcomes implements RouteFilter {

    @Inject
    Counts counts;

    @Override
    public void completed(RouteOutcome outcome) {
        if (!outcome.route().startsWith("/tally")) {
            counts.outcome(outcome);
        }
    }
}
