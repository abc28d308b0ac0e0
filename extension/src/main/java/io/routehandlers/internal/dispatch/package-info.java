/**
 * Internal: serving routes. A servlet filter matches each request against the route table and forwards
 * matches to a Jakarta REST application that invokes the handler; all else falls through untouched.
 */
package io.routehandlers.internal.dispatch;
