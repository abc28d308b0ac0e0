package io.routehandlers.tck.json;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The Jakarta REST application of the resource, below /rest. */
@ApplicationPath("/rest")
public class LinesApplication extends Application {}
