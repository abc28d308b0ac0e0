package io.routehandlers.tck.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-13.3: {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on routes, enforced with the server's own
 * BASIC authentication. The runner's server knows two users (tck/README.md): {@code ada} (password
 * {@code ada-secret}) in group and role {@code admin}, and {@code bob} (password {@code bob-secret}) in no role.
 */
@ExtendWith(ArquillianExtension.class)
@Spec("S-13.3")
class SecurityTest {

    static final String ADA = basic("ada", "ada-secret");
    static final String BOB = basic("bob", "bob-secret");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("security", Refunds.class, RefundUsage.class, Receipts.class, Vault.class, Profile.class)
                .addAsWebInfResource(SecurityTest.class.getPackage(), "web.xml", "web.xml")
                .addAsWebInfResource(SecurityTest.class.getPackage(), "jboss-web.xml", "jboss-web.xml");
    }

    @ArquillianResource
    URL base;

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = Http.at(base).request(path).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return Http.at(base).send(request.build());
    }

    @Test
    void callerWithoutCredentialsGetsTheServersChallenge() {
        HttpResponse<String> response = get("/orders/7/refund", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWithIgnoringCase("Basic"));
        assertThat(response.body()).isEmpty();
    }

    @Test
    void callerWithoutTheRoleGets403() {
        HttpResponse<String> response = get("/orders/7/refund", BOB);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void callerInTheRoleIsAnswered() {
        HttpResponse<String> response = get("/orders/7/refund", ADA);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("refund of order 7");
    }

    @Test
    void permitAllOnTheMethodWinsOverRolesOnTheClass() {
        assertThat(get("/receipts", null).body()).isEqualTo("receipts");
        HttpResponse<String> clear =
                Http.at(base).send(Http.at(base).request("/receipts").DELETE().build());
        assertThat(clear.statusCode()).isEqualTo(401);
    }

    @Test
    void denyAllAnswers403ToEveryCaller() {
        assertThat(get("/vault", null).statusCode()).isEqualTo(403);
        assertThat(get("/vault", ADA).statusCode()).isEqualTo(403);
        assertThat(get("/vault", ADA).body()).isEmpty();
    }

    @Test
    void doubleStarRoleLetsEveryAuthenticatedCallerIn() {
        assertThat(get("/profile", null).statusCode()).isEqualTo(401);
        assertThat(get("/profile", BOB).body()).isEqualTo("your profile");
    }

    @Test
    void bodyOfARejectedRequestIsNeverRead() {
        String body = "x".repeat(1_000_000);
        for (String authorization : new String[] {null, BOB}) {
            HttpRequest.Builder request = Http.at(base)
                    .request("/orders/7/refund")
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            assertThat(Http.at(base).send(request.build()).statusCode())
                    .as("status with %s", authorization == null ? "no credentials" : "bob")
                    .isIn(401, 403);
        }
        assertThat(get("/refund-usage", null).body()).isEqualTo("0 calls, 0 bytes");
    }

    @Test
    void methodsAndAllowAreAnsweredAsBeforeWithoutCredentials() {
        HttpResponse<String> put = Http.at(base).method("PUT", "/orders/7/refund");
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS, POST");
        HttpResponse<String> options = Http.at(base).method("OPTIONS", "/orders/7/refund");
        assertThat(options.statusCode()).isEqualTo(204);
        assertThat(options.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS, POST");
    }
}
