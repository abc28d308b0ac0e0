/**
 * What the extension logs while it runs: {@link io.routehandlers.internal.log.RuntimeMessages}, the one catalogue of
 * runtime lines, each with its id, under a logger per concern. It depends on no other package of the extension, so
 * that every package may log through it.
 */
package io.routehandlers.internal.log;
