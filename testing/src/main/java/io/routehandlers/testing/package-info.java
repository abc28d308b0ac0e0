/**
 * Testing routes without a server: {@link io.routehandlers.testing.RouteTester} runs an application's routes in
 * process, through the same pipeline a server runs, and {@link io.routehandlers.testing.RouteTest} gives JUnit 5 tests
 * a fresh tester each.
 */
package io.routehandlers.testing;
