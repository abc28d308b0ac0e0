package io.routehandlers.internal.pipeline;

import static io.routehandlers.fixtures.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.fixtures.Harness;
import io.routehandlers.fixtures.Library;
import io.routehandlers.internal.direct.DirectResponse;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** S-13.3 on the request path: roles checked before the handler runs and before its body is read. */
class RouteSecurityTest {

    private Harness routes;

    @BeforeEach
    void start() {
        routes = Harness.start(Library.Ledgers.class, Library.Archive.class);
    }

    @AfterEach
    void stop() {
        routes.close();
    }

    @Test
    void callerWithoutCredentialsGetsTheMechanismsChallenge() {
        DirectResponse response = routes.send("POST", "/ledgers/7");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).contains("Basic realm=\"routehandlers\"");
        assertThat(response.body()).isEmpty();
    }

    @Test
    void callerWithoutTheRoleGets403AndTheHandlerDoesNotRun() {
        DirectResponse response = routes.sendAs("bob", Set.of("clerk"), "POST", "/ledgers/7", "entry");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void callerInTheRoleIsAnswered() {
        DirectResponse response = routes.sendAs("ada", Set.of("admin"), "POST", "/ledgers/7", "entry");
        assertThat(text(response)).isEqualTo("posted entry to ledger 7");
    }

    @Test
    void permitAllOnTheMethodWinsOverTheClassRoles() {
        assertThat(text(routes.get("/ledgers/7"))).isEqualTo("ledger 7");
    }

    @Test
    void denyAllAnswers403EvenToAnAdmin() {
        assertThat(routes.get("/archive").status()).isEqualTo(403);
        assertThat(routes.sendAs("ada", Set.of("admin"), "GET", "/archive", "").status())
                .isEqualTo(403);
    }

    @Test
    void methodWithoutAHandlerAnswers405WithoutAskingForCredentials() {
        DirectResponse response = routes.send("DELETE", "/ledgers/7");
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).contains("GET, HEAD, OPTIONS, POST");
    }
}
