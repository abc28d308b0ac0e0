package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.cache.DraftCookies;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draft mode (S-8.16), the first step of every route's chain: a request carrying a valid draft cookie goes through
 * the chain marked as in draft mode on its thread (filters, the cache and cached methods see it: the cache steps
 * aside), and its answers say {@code Cache-Control: private, no-cache, no-store, max-age=0, must-revalidate} in place
 * of any the handler set (a cached route's handler may say {@code public}), so that no shared cache keeps a preview.
 */
final class DraftStep {

    /** What a draft answer tells caches, as Next.js's draft mode does. */
    static final String NOT_STORED = "private, no-cache, no-store, max-age=0, must-revalidate";

    private DraftStep() {}

    /** The draft check before a route's chain; none where the application does not use draft mode. */
    static Step before(DraftCookies drafts, Step chain) {
        if (!drafts.used()) {
            return chain;
        }
        return request -> {
            if (!drafts.carries(request.exchange())) {
                chain.handle(request);
                return;
            }
            request.exchange(new NotStored(request.exchange()));
            DraftCookies.during(() -> chain.handle(request));
        };
    }

    /** An exchange whose answers no shared cache keeps. */
    private static final class NotStored extends Reshaping {

        NotStored(Exchange exchange) {
            super(exchange);
        }

        @Override
        protected Answer reshape(Answer answer) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (Map.Entry<String, String> header : answer.headers()) {
                if (!header.getKey().equalsIgnoreCase("Cache-Control")) {
                    headers.add(header);
                }
            }
            headers.add(Map.entry("Cache-Control", NOT_STORED));
            return new Answer(answer.status(), headers, answer.body(), answer.own());
        }
    }
}
