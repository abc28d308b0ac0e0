package io.routehandlers.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestResponse;
import org.junit.jupiter.api.Test;

/** The streamed chat answer, in process: the tester returns it once the stream has ended. */
class ChatRouteTest {

    @Test
    void chatStreamsTheWholeAnswerAsText() {
        try (RouteTester tester = RouteTester.of(ChatRoute.class)) {
            TestResponse response = tester.get("/api/chat?q=streams");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Content-Type")).contains("text/plain;charset=UTF-8");
            assertThat(response.header("Content-Length")).isEmpty();
            assertThat(response.text())
                    .isEqualTo(String.join(" ", ChatRoute.answer("streams")) + "\n")
                    .startsWith("You asked about streams.");
        }
    }
}
