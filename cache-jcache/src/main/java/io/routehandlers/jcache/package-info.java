/**
 * The route cache on JSR-107 JCache (S-12): {@link io.routehandlers.jcache.JCacheResponseCacheStore}, selected by
 * {@code routehandlers.cache.store=jcache}.
 */
package io.routehandlers.jcache;
