/**
 * Routes in the server's MicroProfile Telemetry (S-13.2): {@link io.routehandlers.internal.telemetry.RouteTelemetry}
 * is what the servlet adapter calls, {@link io.routehandlers.internal.telemetry.OpenTelemetryRoutes} the only class
 * that touches the OpenTelemetry API, created by name when the server shows that API to the application.
 */
package io.routehandlers.internal.telemetry;
