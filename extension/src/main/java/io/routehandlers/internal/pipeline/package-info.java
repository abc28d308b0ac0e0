/**
 * The one path of a request (RoutePipeline), whatever the adapter: the steps before the handler (CORS, the
 * trailing slash, 405, roles, the body limit), the handler's call with its arguments (HandlerInvoker, RouteTarget,
 * ExchangeRouteRequest), the answer made of its result or failure (Answers), suspended answers (PendingAnswer) and
 * work after the answer (AfterTasks). It knows no Servlet type; adapters hand it an Exchange.
 */
package io.routehandlers.internal.pipeline;
