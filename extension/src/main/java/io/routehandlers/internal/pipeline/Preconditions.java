package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.Lasting;
import io.routehandlers.internal.http.EntityTags;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Conditional requests on routes that are not answered from the cache (S-18.5), the step before the handler: with an
 * {@code @EntityTag} method, {@code If-Match} and {@code If-None-Match} of an unsafe method are decided before the
 * handler changes anything ({@code 412}), and a {@code GET} or {@code HEAD} whose {@code If-None-Match} names the
 * current tag is {@code 304} without calling the handler; on a route with {@code etag} on, a {@code 200} answer with
 * an {@code ETag} (from its bytes, {@link HandlerInvoker}) becomes {@code 304} for a request that names it.
 */
final class Preconditions {

    /** The methods whose conditional requests the {@code @EntityTag} method decides before they change anything. */
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

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
        // Each representation of a negotiated GET has a tag of its own (RFC 9110 8.8.3), made from the resource's.
        List<Handler> representations = route.variantsFor("GET").size() > 1 ? route.variantsFor("GET") : List.of();
        return request -> {
            Exchange exchange = request.exchange();
            String method = exchange.method();
            boolean safe = safe(method);
            Optional<String> ifMatch = exchange.header("If-Match");
            Optional<String> ifNoneMatch = exchange.header("If-None-Match");
            String current = null;
            boolean asks = safe
                    ? method.equals("GET") || method.equals("HEAD")
                    : UNSAFE.contains(method) && (ifMatch.isPresent() || ifNoneMatch.isPresent());
            if (route.entityTag() != null && asks && !request.handler().socket()) {
                HandlerInvoker.Tag tag = invoker.currentTag(request);
                if (tag.failure() != null) {
                    HandlerStep.send(exchange, tag.failure());
                    return;
                }
                String resource = tag.tag().orElse(null);
                current = resource == null || !safe ? resource : of(resource, request.handler(), representations);
                // RFC 9110 13.2.2: If-Match first, then If-None-Match. An unsafe request may name the tag of any
                // representation of the resource's current state.
                boolean failed = ifMatch.isPresent()
                        && (resource == null || !names(ifMatch.get(), resource, representations, true));
                boolean named = !failed
                        && resource != null
                        && ifNoneMatch.isPresent()
                        && (safe
                                ? EntityTags.matches(ifNoneMatch.get(), current)
                                : names(ifNoneMatch.get(), resource, representations, false));
                if (failed || (named && !safe)) {
                    Answer refusal = Answer.empty(412);
                    exchange.send(resource == null ? refusal : refusal.header("ETag", resource));
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

    /**
     * The tag of one representation: the resource's, and for a handler that is one of several of {@code GET} a
     * suffix of its variant ({@code "v7-1a2b3c4d"}).
     */
    private static String of(String resource, Handler handler, List<Handler> representations) {
        if (representations.isEmpty() || !representations.contains(handler)) {
            return resource;
        }
        String suffix = "-" + Integer.toHexString(handler.variant().label().hashCode());
        return resource.substring(0, resource.length() - 1) + suffix + "\"";
    }

    /** Whether a list names the resource's tag or the tag of one of its representations. */
    private static boolean names(String list, String resource, List<Handler> representations, boolean strong) {
        if (strong ? EntityTags.matchesStrongly(list, resource) : EntityTags.matches(list, resource)) {
            return true;
        }
        for (Handler handler : representations) {
            String tag = of(resource, handler, representations);
            if (strong ? EntityTags.matchesStrongly(list, tag) : EntityTags.matches(list, tag)) {
                return true;
            }
        }
        return false;
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
