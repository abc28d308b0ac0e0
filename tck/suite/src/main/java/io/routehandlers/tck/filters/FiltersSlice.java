package io.routehandlers.tck.filters;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Route filters (S-15.1 to S-15.3), run over HTTP on each server ({@link FiltersTest}) and in process by an
 * implementation's own harness (routehandlers-testing's {@code FiltersInProcessTest}): the same routes, filters and
 * exact assertions both ways.
 */
public abstract class FiltersSlice {

    /** The routes and filters of the slice. */
    public static final Class<?>[] CLASSES = {
        Accounts.class,
        Quotes.class,
        Ticker.class,
        Ticker.Later.class,
        Orders.class,
        Tally.class,
        Tally.Calls.class,
        Counts.class,
        Audited.class,
        ApiKeys.class,
        Chain.class,
        AuditTrail.class,
        Outcomes.class
    };

    private static final String KEY = "X-Api-Key";

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    @Test
    @Spec({"S-15.1", "S-15.2"})
    void filtersRunInPriorityOrderAndTheHandlerSeesTheirRequestHeaders() {
        Reply reply = client().send("GET", "/api/accounts/7", KEY, "gold");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("account 7 chain=first,second tier=gold store=gold");
        assertThat(reply.header("X-Filtered")).contains("api");
        assertThat(reply.header("X-Route")).contains("/api/accounts/[id]");
    }

    @Test
    @Spec("S-15.2")
    void aClientCannotSetWhatAFilterReplacesOrRemoves() {
        Reply reply = client().send("GET", "/api/accounts/8", KEY, "plain", "X-Chain", "forged", "X-Tier", "gold");
        assertThat(reply.body()).isEqualTo("account 8 chain=first,second tier=none store=none");
        Reply gold = client().send("GET", "/api/accounts/8", KEY, "gold", "X-Chain", "forged");
        assertThat(gold.body()).isEqualTo("account 8 chain=first,second tier=gold store=gold");
    }

    @Test
    @Spec("S-15.2")
    void anEarlyAnswerStopsTheCacheAndTheHandler() {
        int quotes = calls("quotes");
        Reply refused = client().get("/api/quotes/early");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).contains("ApiKey");
        assertThat(refused.header("Content-Type")).contains("application/json");
        assertThat(refused.body()).isEqualTo("{\"error\":\"key needed\"}");
        assertThat(refused.header("X-Route-Cache")).isEmpty();
        assertThat(refused.header("X-Filtered")).contains("api");
        assertThat(calls("quotes")).as("no render for a refused request").isEqualTo(quotes);
        int before = calls("accounts");
        assertThat(client().get("/api/accounts/9").status()).isEqualTo(401);
        assertThat(calls("accounts"))
                .as("no handler call for a refused request")
                .isEqualTo(before);
    }

    @Test
    @Spec("S-15.2")
    void aFilterHeaderIsOnAMissAndAHitButNeverStored() {
        Reply miss = client().send("GET", "/api/quotes/acme", KEY, "plain");
        assertThat(miss.header("X-Route-Cache")).contains("MISS");
        assertThat(miss.header("X-Filtered")).contains("api");
        Reply hit = client().send("GET", "/api/quotes/acme", KEY, "plain");
        assertThat(hit.header("X-Route-Cache")).contains("HIT");
        assertThat(hit.headers("X-Filtered")).containsExactly("api");
        assertThat(hit.body()).isEqualTo("quote acme");
    }

    @Test
    @Spec("S-15.2")
    void aFilterHeaderIsInAStreamsHeadAndOnAnAsyncAnswer() {
        Reply stream = client().send("GET", "/api/ticker/main", KEY, "plain");
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.body()).isEqualTo("tick\ntock\n");
        assertThat(stream.header("X-Filtered")).contains("api");
        Reply later = client().send("GET", "/api/ticker/later", KEY, "plain");
        assertThat(later.body()).isEqualTo("later");
        assertThat(later.header("X-Filtered")).contains("api");
    }

    @Test
    @Spec("S-15.2")
    void whatAFilterThrowsIsAnsweredAsAHandlersFailure() {
        Reply reply = client().send("GET", "/api/accounts/hidden", KEY, "plain");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).isEmpty();
        assertThat(reply.header("X-Filtered")).contains("api");
    }

    @Test
    @Spec("S-15.1")
    void patternsSelectRoutesAndBindingsSelectHandlers() {
        Reply list = client().get("/orders");
        assertThat(list.body()).isEqualTo("orders");
        assertThat(list.header("X-Filtered")).isEmpty();
        assertThat(list.header("X-Audited")).isEmpty();
        Reply place = client().send("POST", "/orders");
        assertThat(place.body()).isEqualTo("placed");
        assertThat(place.header("X-Audited")).contains("POST /orders");
        assertThat(place.headers("Set-Cookie")).containsExactly("audit=on; Path=/orders");
    }

    @Test
    @Spec("S-15.3")
    void everyAnswerOfASelectedRouteIsReportedOnceItWasSent() {
        client().send("GET", "/api/accounts/report", KEY, "plain");
        client().send("DELETE", "/api/accounts/report", KEY, "plain");
        client().get("/api/accounts/report/");
        client().get("/api/accounts/report");
        client().send("GET", "/api/quotes/report", KEY, "plain");
        client().send("GET", "/api/quotes/report", KEY, "plain");
        client().send("GET", "/api/ticker/report", KEY, "plain");
        client().send("HEAD", "/api/ticker/report", KEY, "plain");
        List<String> expected = List.of(
                "GET /api/accounts/[id] /api/accounts/report 200",
                "DELETE /api/accounts/[id] /api/accounts/report 405",
                "GET /api/accounts/[id] /api/accounts/report 308",
                "GET /api/accounts/[id] /api/accounts/report 401",
                "GET /api/quotes/[symbol] /api/quotes/report 200",
                "GET /api/quotes/[symbol] /api/quotes/report 200",
                "GET /api/ticker/[feed] /api/ticker/report 200",
                "HEAD /api/ticker/[feed] /api/ticker/report 200");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<String> reported = reported();
        while (!reported.containsAll(expected) && Instant.now().isBefore(deadline)) {
            reported = reported();
        }
        assertThat(reported.stream().filter(line -> line.contains("/report ")))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    private int calls(String route) {
        return Integer.parseInt(client().get("/tally/calls/" + route).body());
    }

    private List<String> reported() {
        return client().get("/tally").body().lines().toList();
    }
}
