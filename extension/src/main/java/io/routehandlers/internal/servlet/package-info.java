/**
 * Internal: the servlet adapter. An initializer installs a filter that hands every request to the route pipeline as
 * a servlet exchange, and a listener that checks the routes against the WAR's pages and prerenders cached routes at
 * startup.
 */
package io.routehandlers.internal.servlet;
