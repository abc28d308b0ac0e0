package io.routehandlers.internal.pipeline;

import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.exchange.ForwardingExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * An exchange that changes every answer of the request on its way out, a failure's too: the problem details of the
 * extension's own answers ({@link RoutePipeline}), a rate limit's headers ({@link Limits}).
 */
abstract class Reshaping extends ForwardingExchange {

    Reshaping(Exchange exchange) {
        super(exchange);
    }

    /** The answer as it goes out. */
    protected abstract Answer reshape(Answer answer);

    @Override
    public void send(Answer answer) throws IOException {
        exchange.send(reshape(answer));
    }

    @Override
    public void sendFailure(Answer failure) {
        exchange.sendFailure(reshape(failure));
    }

    /** An exchange whose every answer carries more headers: a rate limit's, the {@code Vary} of a negotiation. */
    static Exchange adding(Exchange exchange, List<Map.Entry<String, String>> headers) {
        return new Reshaping(exchange) {
            @Override
            protected Answer reshape(Answer answer) {
                return answer.headers(headers);
            }
        };
    }
}
