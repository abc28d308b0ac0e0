package io.routehandlers.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.fixtures.Harness;
import io.routehandlers.fixtures.Library;
import io.routehandlers.fixtures.LogRecords;
import io.routehandlers.internal.direct.DirectExchange;
import io.routehandlers.internal.direct.DirectRequest;
import jakarta.enterprise.context.control.RequestContextController;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** S-3.6: a client that goes away while an async handler runs cancels its stage, logged at FINE only. */
class PendingAnswerTest {

    @Test
    void clientThatGoesAwayCancelsTheStageAndNothingIsLoggedAboveFine() throws IOException {
        try (Harness routes = Harness.start(Library.Reports.class);
                LogRecords log = LogRecords.capture()) { // after the start, which logs the route table
            DirectExchange exchange = new DirectExchange(new DirectRequest(
                    "GET",
                    "/reports",
                    Optional.empty(),
                    List.of(),
                    new byte[0],
                    Optional.empty(),
                    Set.of(),
                    "127.0.0.1"));
            RequestContextController context =
                    routes.container().select(RequestContextController.class).get();
            context.activate();
            try {
                routes.container().select(RoutePipeline.class).get().handle(exchange);
            } finally {
                context.deactivate();
            }
            assertThat(exchange.answered()).as("answer of a pending stage").isEmpty();

            exchange.disconnect(new IOException("Broken pipe"));

            assertThat(routes.container().select(Library.Reports.class).get().pending())
                    .isCancelled();
            assertThat(exchange.answered()).as("answer after the client left").isEmpty();
            assertThat(log.records())
                    .allSatisfy(r -> assertThat(r.getLevel().intValue())
                            .as(r.getMessage())
                            .isLessThanOrEqualTo(Level.FINE.intValue()));
        }
    }
}
