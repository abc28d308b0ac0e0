/**
 * What fails a deployment and how it is told: the catalogue of RH-nnn messages (RouteMessages), the problems it
 * makes, the exception that reports them all at once, the platform APIs the extension needs (RH-038), and the guard
 * around optional integrations.
 */
package io.routehandlers.internal.problems;
