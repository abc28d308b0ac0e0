/**
 * Response caching of route answers (S-8): the engine the filter asks for cached routes, the default
 * in-memory store, cache keys, and prerendering at startup.
 */
package io.routehandlers.internal.cache;
