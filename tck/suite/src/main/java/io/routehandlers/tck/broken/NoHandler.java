package io.routehandlers.tck.broken;

import io.routehandlers.Route;

/** A route that must fail deployment; each {@code *Test} of this package deploys one problem. */
@Route("/idle")
public class NoHandler {
    public String get() {
        return "";
    }
}
