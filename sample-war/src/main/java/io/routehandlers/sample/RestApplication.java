package io.routehandlers.sample;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The WAR's own Jakarta REST application; routes do not move under its path. */
@ApplicationPath("/rest")
public class RestApplication extends Application {}
