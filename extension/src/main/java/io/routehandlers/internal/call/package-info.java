/**
 * One handler call as the pipeline and the cache share it: its end ({@link io.routehandlers.internal.call.CallEnd},
 * the one name for what runs once its answer was sent), and the guard of what a cached render may read of its
 * request ({@link io.routehandlers.internal.call.RequestGuard}, S-8.5).
 */
package io.routehandlers.internal.call;
