/**
 * The one path of a request (RoutePipeline), whatever the adapter: the match, then the route's chain of steps
 * (RouteChain, each a Step over the RoutedRequest: CORS, the trailing slash, a split route's 404, 405, Roles, the body
 * limit, the application's filters in FilterStep and their report in OutcomeStep, the CacheStep, the HandlerStep), the handler's call (HandlerInvoker: each parameter's ArgumentSource,
 * a split route's SplitFiles, the request view ExchangeRouteRequest), the call in flight (Invocation), the answer made
 * of its result or failure (Answers), suspended answers (PendingAnswer) and the end of the call with its after() tasks
 * (AfterTasks). It knows no Servlet type; adapters hand it an Exchange.
 */
package io.routehandlers.internal.pipeline;
