package io.routehandlers.tck.broken;

import io.routehandlers.Route;

/** A route that must fail deployment; each {@code *Test} of this package deploys one problem. */
@Route("/dav")
public class CustomMethod {
    @PROPFIND
    public String propfind() {
        return "";
    }
}
