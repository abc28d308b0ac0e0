/**
 * The adapters' contract: what an adapter (the servlet filter, the in-process tester) gives the route pipeline and
 * takes back. An {@link io.routehandlers.internal.exchange.Exchange} is one request and its answer; an
 * {@link io.routehandlers.internal.exchange.Answer} is what the pipeline sends, a streamed body a
 * {@link io.routehandlers.internal.exchange.LiveSource} writing to the adapter's
 * {@link io.routehandlers.internal.exchange.StreamOutput}; the clock and the executor are the two services an adapter
 * may replace. Nothing here knows the Servlet API or the pipeline.
 */
package io.routehandlers.internal.exchange;
