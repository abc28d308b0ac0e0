/** Route segment config: {@code @RouteConfig} merged with MicroProfile Config, and its validation. */
package io.routehandlers.internal.config;
