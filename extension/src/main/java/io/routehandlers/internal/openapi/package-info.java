/**
 * Routes in the server's MicroProfile OpenAPI document (S-13.1): a model reader and a filter, named by a
 * low-ordinal configuration source so that an application's own win, which add each route's paths, operations,
 * path parameters and response schemas. Loaded only where the server has MicroProfile OpenAPI.
 */
package io.routehandlers.internal.openapi;
