package io.routehandlers.tck.coexistence;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** A Jakarta REST application that claims the whole WAR. */
@ApplicationPath("/")
public class RootApplication extends Application {}
