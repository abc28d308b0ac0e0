/**
 * The readiness check of routes (S-13.6), built only where the server has MicroProfile Health: {@link
 * io.routehandlers.internal.health.HealthBeans} is the only class the extension names, by name.
 */
package io.routehandlers.internal.health;
