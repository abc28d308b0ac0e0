package io.routehandlers.internal.pipeline;

import io.routehandlers.BadRequestException;
import io.routehandlers.FilterContext;
import io.routehandlers.HeaderStore;
import io.routehandlers.Params;
import io.routehandlers.RequestCookies;
import io.routehandlers.RouteResponse;
import io.routehandlers.SearchParams;
import io.routehandlers.internal.cookies.CookieHeader;
import io.routehandlers.internal.cookies.ReceivedCookies;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.ForwardingExchange;
import io.routehandlers.internal.http.HeaderValidation;
import io.routehandlers.internal.http.Parameters;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.scan.Handler;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The step of the application's route filters (S-15.1): each filter selected for the handler runs in order, with a
 * {@link FilterContext} over the request; one that aborts or throws answers the request as a handler would
 * ({@link HandlerInvoker#answerInstead}). The headers filters set on the request, and add to the answer, live in a
 * wrapper of the exchange ({@link Filtered}) that later steps see and answer through.
 */
final class FilterStep {

    private FilterStep() {}

    /**
     * The filters before a step.
     *
     * @param filters the filters of each handler of the route, in order
     * @param invoker writes a filter's answer, or failure, as a handler's
     */
    static Step before(Map<Handler, AppliedFilter[]> filters, HandlerInvoker invoker, Step next) {
        return request -> {
            AppliedFilter[] selected = filters.get(request.handler());
            if (selected == null || selected.length == 0) {
                next.handle(request);
                return;
            }
            Filtered exchange = new Filtered(request.exchange());
            request.exchange(exchange);
            Context context = new Context(request, exchange);
            for (AppliedFilter applied : selected) {
                try {
                    applied.filter().filter(context);
                } catch (Exception | Error e) {
                    HandlerStep.send(exchange, invoker.answerInstead(request, applied.type(), null, e));
                    return;
                }
                if (context.response != null) {
                    HandlerStep.send(exchange, invoker.answerInstead(request, applied.type(), context.response, null));
                    return;
                }
            }
            next.handle(request);
        };
    }

    /** The request with the filters' request headers, answered with their response headers. */
    static final class Filtered extends ForwardingExchange {

        /** Replaced request headers by lower-case name. */
        private final Map<String, String> requestHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private final List<Map.Entry<String, String>> responseHeaders = new ArrayList<>();

        Filtered(Exchange exchange) {
            super(exchange);
        }

        @Override
        public Optional<String> header(String name) {
            String value = requestHeaders.get(name);
            return value != null ? Optional.of(value) : exchange.header(name);
        }

        @Override
        public List<String> headers(String name) {
            String value = requestHeaders.get(name);
            return value != null ? List.of(value) : exchange.headers(name);
        }

        @Override
        public List<String> headerNames() {
            if (requestHeaders.isEmpty()) {
                return exchange.headerNames();
            }
            List<String> names = new ArrayList<>(exchange.headerNames());
            for (String name : requestHeaders.keySet()) {
                if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                    names.add(name);
                }
            }
            return names;
        }

        @Override
        public void send(Answer answer) throws IOException {
            exchange.send(answer.headers(responseHeaders));
        }

        @Override
        public void sendFailure(List<Map.Entry<String, String>> headers) {
            List<Map.Entry<String, String>> all = new ArrayList<>(responseHeaders);
            all.addAll(headers);
            exchange.sendFailure(all);
        }
    }

    /** What a filter sees of the request, and the answer it gave, if any. */
    private static final class Context implements FilterContext {

        private final RoutedRequest request;
        private final Filtered exchange;
        private RouteResponse response;

        Context(RoutedRequest request, Filtered exchange) {
            this.request = request;
            this.exchange = exchange;
        }

        @Override
        public String method() {
            return exchange.method();
        }

        @Override
        public String route() {
            return request.route().path().declared();
        }

        @Override
        public String pathname() {
            return request.path();
        }

        @Override
        public Params params() {
            return new MatchedParams(request.route().path().paramNames(), request.matched());
        }

        @Override
        public SearchParams searchParams() {
            try {
                return exchange.query().map(Parameters::parseUrlEncoded).orElse(Parameters.empty());
            } catch (PercentDecoding.MalformedEscapeException e) {
                throw new BadRequestException("Malformed query string", e);
            }
        }

        @Override
        public HeaderStore headers() {
            return new ExchangeHeaderStore(() -> Optional.of(exchange));
        }

        @Override
        public RequestCookies cookies() {
            return new ReceivedCookies(CookieHeader.parse(exchange.headers("Cookie")));
        }

        @Override
        public Optional<Principal> user() {
            return exchange.user();
        }

        @Override
        public boolean isUserInRole(String role) {
            return exchange.isUserInRole(role);
        }

        @Override
        public void setRequestHeader(String name, String value) {
            check(name, value);
            exchange.requestHeaders.put(name.toLowerCase(Locale.ROOT), value);
        }

        @Override
        public void addResponseHeader(String name, String value) {
            check(name, value);
            exchange.responseHeaders.add(Map.entry(name, value));
        }

        @Override
        public void abortWith(RouteResponse answer) {
            if (answer == null) {
                throw new IllegalArgumentException("abortWith needs a response");
            }
            this.response = answer;
        }

        private static void check(String name, String value) {
            if (name == null || !HeaderValidation.isToken(name)) {
                throw new IllegalArgumentException("Not an HTTP header name: " + name);
            }
            if (value == null || !HeaderValidation.isSafeValue(value)) {
                throw new IllegalArgumentException("Not a header value that can be sent, for " + name);
            }
        }
    }
}
