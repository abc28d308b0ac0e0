package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.Lasting;
import io.routehandlers.internal.http.EntityTags;
import io.routehandlers.internal.scan.RouteDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Conditional requests on routes that are not answered from the cache (S-18.5), the step before the handler: with an
 * {@code @EntityTag} method, {@code If-Match} and {@code If-None-Match} of an unsafe method are decided before the
 * handler changes anything ({@code 412}), and a {@code GET} or {@code HEAD} whose {@code If-None-Match} names the
 * current tag is {@code 304} without calling the handler; on a route with {@code etag} on, a {@code 200} answer with
 * an {@code ETag} (from its bytes, {@link HandlerInvoker}) becomes {@code 304} for a request that names it.
 */
final class Preconditions {

    private Preconditions() {}

    /** Whether a method is safe, so that its answers may be {@code 304} (RFC 9110 13.1.2, RFC 10008 2.6). */
    static boolean safe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("QUERY");
    }

    /** The step before {@code next}, or {@code next} itself for a route without tags. */
    static Step before(RouteDefinition route, HandlerInvoker invoker, Step next) {
        if (!route.settings().etag() && route.entityTag() == null) {
            return next;
        }
        return request -> {
            Exchange exchange = request.exchange();
            String method = exchange.method();
            boolean safe = safe(method);
            Optional<String> ifMatch = exchange.header("If-Match");
            Optional<String> ifNoneMatch = exchange.header("If-None-Match");
            String current = null;
            boolean asks = safe
                    ? method.equals("GET") || method.equals("HEAD")
                    : ifMatch.isPresent() || ifNoneMatch.isPresent();
            if (route.entityTag() != null && asks && !request.handler().socket()) {
                HandlerInvoker.Tag tag = invoker.currentTag(request);
                if (tag.failure() != null) {
                    HandlerStep.send(exchange, tag.failure());
                    return;
                }
                current = tag.tag().orElse(null);
                // RFC 9110 13.2.2: If-Match first, then If-None-Match.
                boolean failed =
                        ifMatch.isPresent() && (current == null || !EntityTags.matchesStrongly(ifMatch.get(), current));
                boolean named = !failed
                        && current != null
                        && ifNoneMatch.isPresent()
                        && EntityTags.matches(ifNoneMatch.get(), current);
                if (failed || (named && !safe)) {
                    Answer refusal = Answer.empty(412);
                    exchange.send(current == null ? refusal : refusal.header("ETag", current));
                    return;
                }
                if (named) {
                    exchange.send(notModified(List.of(Map.entry("ETag", current))));
                    return;
                }
            }
            if (safe) {
                request.exchange(new Tagging(exchange, current, ifNoneMatch));
            }
            next.handle(request);
        };
    }

    /** {@code 304}: the headers a {@code 200} would have had (RFC 9110 15.4.5), without those of its content. */
    private static Answer notModified(List<Map.Entry<String, String>> headers) {
        List<Map.Entry<String, String>> kept = new ArrayList<>(headers.size());
        for (Map.Entry<String, String> header : headers) {
            if (!header.getKey().equalsIgnoreCase("Content-Type")
                    && !header.getKey().equalsIgnoreCase("Content-Length")) {
                kept.add(header);
            }
        }
        return new Answer(304, kept, new Answer.Body.Omitted(OptionalLong.empty()));
    }

    /**
     * The exchange of a safe request: a {@code 200} gets the current tag when the route told one and the answer has
     * none, and is {@code 304} when {@code If-None-Match} names its tag.
     */
    private static final class Tagging extends Reshaping {
        private final String current;
        private final Optional<String> ifNoneMatch;

        Tagging(Exchange exchange, String current, Optional<String> ifNoneMatch) {
            super(exchange);
            this.current = current;
            this.ifNoneMatch = ifNoneMatch;
        }

        @Override
        protected Answer reshape(Answer answer) {
            if (answer.status() != 200) {
                return answer;
            }
            Optional<String> own = answer.header("ETag");
            if (own.isEmpty() && current != null) {
                answer = answer.header("ETag", current);
            }
            Optional<String> etag = own.or(() -> Optional.ofNullable(current));
            if (etag.isPresent()
                    && ifNoneMatch
                            .filter(list -> EntityTags.matches(list, etag.get()))
                            .isPresent()) {
                answer.body().lasting().ifPresent(Lasting::discard);
                return notModified(answer.headers());
            }
            return answer;
        }
    }
}
