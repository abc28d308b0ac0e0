/**
 * One handler call as the pipeline and the cache share it: the route's bean it calls
 * ({@link io.routehandlers.internal.call.RouteTarget}, also the prerender's way to the route's listing methods), its
 * end ({@link io.routehandlers.internal.call.CallEnd}, the one name for what runs once its answer was sent), and the
 * guard of what a cached render may read of its request ({@link io.routehandlers.internal.call.RequestGuard}, S-8.5).
 */
package io.routehandlers.internal.call;
