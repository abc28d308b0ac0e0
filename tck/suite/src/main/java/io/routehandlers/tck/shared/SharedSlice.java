package io.routehandlers.tck.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The slice of the TCK that runs both over HTTP ({@link SharedSliceTest}) and in process (an implementation's own
 * harness, such as routehandlers-testing's {@code SharedSliceInProcessTest}): methods, 405 and {@code Allow},
 * navigation, the exact bytes of {@code Set-Cookie}, cache headers and {@code 304}, and the body limit. A subclass
 * deploys {@link #ROUTES} with {@link #CONFIG} and says how to reach them; every assertion is exact, so the two ways
 * agree with each other as they agree with the specification.
 */
public abstract class SharedSlice {

    /** The routes of the slice. */
    public static final Class<?>[] ROUTES = {Ledger.class, Desk.class, Badges.class, Timetable.class};

    /** The configuration of the slice's deployment, {@code key=value}. */
    public static final String[] CONFIG = {"routehandlers.max-body-size=1000"};

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    @Test
    @Spec({"S-2.2", "S-2.3"})
    void methodWithoutAHandlerAnswers405WithTheAllowList() {
        Reply reply = client().send("DELETE", "/ledger");
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.headers("Allow")).containsExactly("GET, HEAD, OPTIONS, POST");
        assertThat(reply.body()).isEmpty();
    }

    @Test
    @Spec("S-2.5")
    void automaticOptionsAnswers204WithTheAllowList() {
        Reply reply = client().send("OPTIONS", "/ledger");
        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.headers("Allow")).containsExactly("GET, HEAD, OPTIONS, POST");
    }

    @Test
    @Spec("S-2.4")
    void headAnswersTheGetHeadersWithoutTheBody() {
        Reply reply = client().send("HEAD", "/ledger");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("X-Entries")).contains("2");
        assertThat(reply.body()).isEmpty();
    }

    @Test
    @Spec("S-4.3")
    void navigationAnswersItsStatusesWithEmptyBodies() {
        Reply login = client().get("/desk/login");
        assertThat(login.status()).isEqualTo(307);
        assertThat(login.header("Location")).contains("/login?next=%2Fdesk");
        assertThat(client().get("/desk/lost").status()).isEqualTo(404);
        assertThat(client().get("/desk/closed").status()).isEqualTo(403);
        assertThat(client().get("/desk/anyone").status()).isEqualTo(401);
        assertThat(client().get("/desk/lost").body()).isEmpty();
    }

    @Test
    @Spec("S-4.3")
    void redirectAfterAFormPostIs303() {
        Reply reply = client().send(
                        "POST",
                        "/desk/lobby",
                        List.of(Map.entry("Content-Type", "application/x-www-form-urlencoded")),
                        "visitor=ada");
        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).contains("/desk/lobby");
    }

    @Test
    @Spec({"S-5.3", "S-5.4"})
    void setCookieBytesAreExact() {
        assertThat(client().get("/badges").headers("Set-Cookie"))
                .containsExactly("badge=visitor%207; Path=/desk; HttpOnly; SameSite=strict");
        assertThat(client().send("DELETE", "/badges").headers("Set-Cookie"))
                .containsExactly("badge=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    }

    @Test
    @Spec("S-8.8")
    void cachedAnswerCarriesItsCacheHeadersAndAnswers304ToItsTag() {
        Reply hit = client().get("/timetable");
        assertThat(hit.status()).isEqualTo(200);
        assertThat(hit.body()).isEqualTo("08:00 opens");
        assertThat(hit.header("X-Route-Cache")).contains("HIT");
        assertThat(hit.header("Cache-Control")).contains("s-maxage=31536000");
        String etag = hit.header("ETag").orElseThrow();
        assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
        Reply notModified = client().send("GET", "/timetable", "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
    }

    @Test
    @Spec("S-4.4")
    void bodyOfTheLimitIsReadAndOneByteMoreIs413() {
        Reply atLimit =
                client().send("POST", "/ledger", List.of(Map.entry("Content-Type", "text/plain")), "x".repeat(1000));
        assertThat(atLimit.body()).isEqualTo("entry of 1000 characters");
        Reply over =
                client().send("POST", "/ledger", List.of(Map.entry("Content-Type", "text/plain")), "x".repeat(1001));
        assertThat(over.status()).isEqualTo(413);
        assertThat(over.body()).isEmpty();
    }
}
