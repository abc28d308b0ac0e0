/**
 * What integrators implement. {@link io.routehandlers.spi.ResponseCacheStore} replaces the in-memory cache of
 * route answers, for example to share one cache across a cluster.
 */
package io.routehandlers.spi;
