package io.routehandlers.tck.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Problem details on (S-15.5), run over HTTP on each server ({@link ProblemsTest}) and in process
 * (routehandlers-testing's {@code ProblemsInProcessTest}).
 */
public abstract class ProblemsSlice {

    /** The routes of the slice. */
    public static final Class<?>[] CLASSES = {Depot.class, Depot.Slow.class, Depot.Entry.class, Depot.Drop.class};

    /** The configuration of the slice's deployment, {@code key=value}. */
    public static final String[] CONFIG = {
        "routehandlers.problem-details=true",
        "routehandlers.max-body-size=100",
        "routehandlers.route./depot-slow.async-timeout=1"
    };

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    /** The application's context root as URLs show it: {@code ""} or {@code /problems}. */
    protected abstract String contextPath();

    private void assertProblem(Reply reply, int status, String title, String path) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        assertThat(reply.body())
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"instance\":\"" + contextPath() + path + "\"}");
    }

    @Test
    @Spec("S-15.5")
    void navigationsAnswerProblemDetails() {
        assertProblem(client().get("/depot/missing"), 404, "Not Found", "/depot/missing");
        assertProblem(client().get("/depot/forbidden"), 403, "Forbidden", "/depot/forbidden");
    }

    @Test
    @Spec("S-15.5")
    void theRoutesOwnChecksAnswerProblemDetailsAndKeepTheirHeaders() {
        Reply method = client().send("DELETE", "/depot/lamp");
        assertProblem(method, 405, "Method Not Allowed", "/depot/lamp");
        assertThat(method.header("Allow")).contains("GET, HEAD, OPTIONS, POST");
        Reply large = client().send(
                        "POST", "/depot/lamp", List.of(Map.entry("Content-Type", "application/json")), "x".repeat(101));
        assertProblem(large, 413, "Content Too Large", "/depot/lamp");
        Reply malformed = client().send(
                        "POST", "/depot/lamp", List.of(Map.entry("Content-Type", "application/json")), "{not json");
        assertProblem(malformed, 400, "Bad Request", "/depot/lamp");
    }

    @Test
    @Spec("S-15.5")
    void aFailureAnswersProblemDetailsWithoutTheExceptionsText() {
        Reply reply = client().get("/depot/boom");
        assertProblem(reply, 500, "Internal Server Error", "/depot/boom");
        assertThat(reply.body()).doesNotContain("secret", "Exception");
    }

    @Test
    @Spec("S-15.5")
    void theAsyncTimeoutAnswersProblemDetails() {
        assertProblem(client().get("/depot-slow"), 503, "Service Unavailable", "/depot-slow");
    }

    @Test
    @Spec("S-15.5")
    void theHandlersOwnAnswersStayAsTheyAre() {
        Reply own = client().get("/depot/own");
        assertThat(own.status()).isEqualTo(404);
        assertThat(own.header("X-Own")).contains("yes");
        assertThat(own.header("Content-Type")).isEmpty();
        assertThat(own.body()).isEmpty();
        assertThat(client().get("/depot/lamp").body()).isEqualTo("lamp");
    }

    @Test
    @Spec("S-15.5")
    void aHeadAnswerHasTheProblemsHeadersAndNoBody() {
        Reply reply = client().send("HEAD", "/depot/missing");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).contains("application/problem+json");
        assertThat(reply.body()).isEmpty();
        Reply method = client().send("HEAD", "/depot-drop");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.header("Content-Type")).contains("application/problem+json");
        assertThat(method.body()).isEmpty();
    }
}
