package io.routehandlers.benchmarks;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The Jakarta REST side of the comparison, at {@code /rest}. */
@ApplicationPath("/rest")
public class RestApplication extends Application {}
