/**
 * The in-process adapter: requests a test builds go through the route pipeline of a running CDI container, with no
 * servlet container and no socket, and come back as whole answers (what RouteTester uses).
 */
package io.routehandlers.internal.direct;
