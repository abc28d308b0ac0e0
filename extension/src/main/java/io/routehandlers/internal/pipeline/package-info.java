/**
 * The one path of a request (RoutePipeline), whatever the adapter: the steps before the handler (CORS, the
 * trailing slash, 405, roles, the body limit), the handler's call (HandlerInvoker: each parameter's ArgumentSource,
 * a split route's SplitFiles, the request view ExchangeRouteRequest), the call in flight (Invocation), the answer made
 * of its result or failure (Answers), suspended answers (PendingAnswer) and the end of the call with its after() tasks
 * (AfterTasks). It knows no Servlet type; adapters hand it an Exchange.
 */
package io.routehandlers.internal.pipeline;
