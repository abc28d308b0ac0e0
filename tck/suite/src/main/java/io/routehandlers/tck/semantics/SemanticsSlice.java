package io.routehandlers.tck.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HTTP semantics (S-18): negotiation, API versions, the {@code QUERY} method and its cached answers, conditional
 * requests; run over HTTP on each server ({@link SemanticsTest}) and in process (routehandlers-testing's
 * {@code SemanticsInProcessTest}). Each test uses names of its own: state is not reset between tests.
 */
public abstract class SemanticsSlice {

    /** The beans and routes of the slice. */
    public static final Class<?>[] CLASSES = {
        Report.class,
        Report.Summary.class,
        Catalog.class,
        Counter.class,
        Counts.class,
        Orders.class,
        Invoices.class,
        Search.class,
        Search.Filter.class,
        Lookup.class,
        Status.class,
        Status.State.class,
        Notes.class
    };

    /** The configuration of the slice's deployment, {@code key=value}. */
    public static final String[] CONFIG = {
        "routehandlers.versions.supported=1,2,3",
        "routehandlers.versions.default=2",
        "routehandlers.versions.1.deprecation=2026-01-01",
        "routehandlers.versions.1.sunset=2027-01-01T00:00:00Z",
        "routehandlers.versions.1.link=https://example.com/versions/1",
        "routehandlers.route./semantics/search.max-body-size=256",
        "routehandlers.route./semantics/lookup.cors.origins=https://app.example",
        "routehandlers.route./semantics/lookup.cors.headers=Content-Type"
    };

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    private Reply send(String method, String path, String body, String... headers) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            list.add(Map.entry(headers[i], headers[i + 1]));
        }
        return client().send(method, path, list, body);
    }

    private int count(String name) {
        return Integer.parseInt(client().get("/semantics/counts/" + name).body());
    }

    @Test
    @Spec("S-18.1")
    void acceptChoosesTheRepresentationAndTheAnswerSaysVary() {
        Reply markdown = client().send("GET", "/semantics/report", "Accept", "text/markdown");
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.body()).startsWith("# lamps");
        assertThat(markdown.header("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(String.join(",", markdown.headers("Vary"))).contains("Accept");

        Reply json = client().send("GET", "/semantics/report", "Accept", "application/json");
        assertThat(json.body()).isEqualTo("{\"count\":3,\"name\":\"lamps\"}");
        assertThat(json.header("Content-Type").orElseThrow()).startsWith("application/json");

        assertThat(client().send("GET", "/semantics/report", "Accept", "text/markdown;q=0.5, application/json")
                        .body())
                .as("the higher q wins")
                .startsWith("{");
        assertThat(client().send("GET", "/semantics/report", "Accept", "text/*").body())
                .as("a range chooses the type it includes")
                .startsWith("# lamps");
        assertThat(client().send("GET", "/semantics/report", "Accept", "text/*;q=0.9, text/markdown;q=0.1, */*;q=0.5")
                        .body())
                .as("the most specific range gives a type its q")
                .startsWith("{");
    }

    @Test
    @Spec("S-18.1")
    void noAcceptableRepresentationIs406() {
        Reply reply = client().send("GET", "/semantics/report", "Accept", "image/png");
        assertThat(reply.status()).isEqualTo(406);
        assertThat(String.join(",", reply.headers("Vary"))).contains("Accept");
    }

    @Test
    @Spec("S-18.1")
    void contentTypeChoosesTheHandlerAndAnUnreadTypeIs415() {
        assertThat(send(
                                "POST",
                                "/semantics/report",
                                "{\"name\":\"desk\",\"count\":1}",
                                "Content-Type",
                                "application/json")
                        .body())
                .isEqualTo("json desk");
        assertThat(send("POST", "/semantics/report", "chair", "Content-Type", "text/plain;charset=UTF-8")
                        .body())
                .isEqualTo("text chair");
        Reply xml = send("POST", "/semantics/report", "<a/>", "Content-Type", "application/xml");
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.header("Accept-Post").orElseThrow())
                .contains("application/json")
                .contains("text/plain");
    }

    @Test
    @Spec("S-18.1")
    void cachedRepresentationsHaveEntriesOfTheirOwn() {
        Reply json = client().send("GET", "/semantics/catalog", "Accept", "application/json");
        Reply html = client().send("GET", "/semantics/catalog", "Accept", "text/html");
        assertThat(json.header("X-Route-Cache")).contains("HIT");
        assertThat(html.header("X-Route-Cache")).contains("HIT");
        assertThat(json.body()).isEqualTo("{\"render\":1}");
        assertThat(html.body()).isEqualTo("<p>render 1</p>");
        assertThat(json.header("ETag")).isNotEqualTo(html.header("ETag"));
        assertThat(client().send("GET", "/semantics/catalog", "Accept", "text/html")
                        .body())
                .isEqualTo("<p>render 1</p>");
    }

    @Test
    @Spec("S-18.2")
    void theRequestsVersionChoosesTheHandler() {
        Reply v1 = client().send("GET", "/semantics/orders", "API-Version", "1");
        assertThat(v1.body()).isEqualTo("orders v1");
        assertThat(String.join(",", v1.headers("Vary"))).contains("API-Version");
        assertThat(client().send("GET", "/semantics/orders", "API-Version", "2").body())
                .isEqualTo("orders v2+");
        assertThat(client().send("GET", "/semantics/orders", "API-Version", "3.0")
                        .body())
                .as("a baseline answers later versions")
                .isEqualTo("orders v2+");
        assertThat(client().get("/semantics/orders").body())
                .as("the default version")
                .isEqualTo("orders v2+");
    }

    @Test
    @Spec("S-18.2")
    void anUnsupportedVersionIs400WithTheSupportedOnes() {
        Reply unknown = client().send("GET", "/semantics/orders", "API-Version", "9");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("'9'").contains("supported versions: 1, 2, 3");
        assertThat(client().send("GET", "/semantics/orders", "API-Version", "two")
                        .status())
                .isEqualTo(400);
        Reply before = client().send("GET", "/semantics/invoices", "API-Version", "1");
        assertThat(before.status()).isEqualTo(400);
        assertThat(before.body()).contains("versions 3");
        assertThat(client().send("GET", "/semantics/invoices", "API-Version", "3")
                        .body())
                .isEqualTo("invoices v3");
    }

    @Test
    @Spec("S-18.2")
    void aRetiringVersionSaysDeprecationSunsetAndLink() {
        Reply v1 = client().send("GET", "/semantics/orders", "API-Version", "1");
        assertThat(v1.header("Deprecation")).contains("@1767225600");
        assertThat(v1.header("Sunset")).contains("Fri, 01 Jan 2027 00:00:00 GMT");
        assertThat(v1.header("Link")).contains("<https://example.com/versions/1>; rel=\"deprecation\"");
        Reply v2 = client().send("GET", "/semantics/orders", "API-Version", "2");
        assertThat(v2.header("Deprecation")).isEmpty();
        assertThat(v2.header("Sunset")).isEmpty();
    }

    @Test
    @Spec("S-18.3")
    void queryIsAMethodOfTheRouteWithItsAllowAndOptions() {
        Reply options = client().send("OPTIONS", "/semantics/lookup");
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.header("Allow")).contains("GET, HEAD, OPTIONS, QUERY");
        Reply delete = client().send("DELETE", "/semantics/lookup");
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.header("Allow")).contains("GET, HEAD, OPTIONS, QUERY");
        Reply query = send("QUERY", "/semantics/lookup", "lamps near me", "Content-Type", "text/plain");
        assertThat(query.status()).isEqualTo(200);
        assertThat(query.body()).isEqualTo("looked up lamps near me");
        Reply get = client().send("QUERY", "/semantics/orders", "Content-Type", "text/plain");
        assertThat(get.status()).as("a route without a QUERY handler").isEqualTo(405);
    }

    @Test
    @Spec("S-18.3")
    void queryWithoutContentTypeIs400AndOfAnUnreadTypeIs415() {
        assertThat(send("QUERY", "/semantics/search", "{\"q\":\"x\",\"max\":1}").status())
                .isEqualTo(400);
        Reply text = send("QUERY", "/semantics/search", "x", "Content-Type", "text/plain");
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.header("Accept-Query")).contains("application/json");
    }

    @Test
    @Spec("S-18.3")
    void aCorsPreflightNamesQuery() {
        Reply preflight = client().send(
                        "OPTIONS",
                        "/semantics/lookup",
                        "Origin",
                        "https://app.example",
                        "Access-Control-Request-Method",
                        "QUERY",
                        "Access-Control-Request-Headers",
                        "content-type");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Methods").orElseThrow())
                .contains("QUERY");
        assertThat(preflight.header("Access-Control-Allow-Origin")).contains("https://app.example");
    }

    @Test
    @Spec("S-18.4")
    void queryAnswersAreCachedByTheirBody() {
        Reply first =
                send("QUERY", "/semantics/search", "{\"q\":\"desk\",\"max\":3}", "Content-Type", "application/json");
        assertThat(first.body()).isEqualTo("desk up to 3, render 1");
        assertThat(first.header("X-Route-Cache")).contains("MISS");
        Reply again =
                send("QUERY", "/semantics/search", "{\"q\":\"desk\",\"max\":3}", "Content-Type", "application/json");
        assertThat(again.body()).isEqualTo("desk up to 3, render 1");
        assertThat(again.header("X-Route-Cache")).contains("HIT");
        Reply reordered = send(
                "QUERY", "/semantics/search", "{ \"max\": 3,\n  \"q\": \"desk\" }", "Content-Type", "application/json");
        assertThat(reordered.body())
                .as("the same JSON, spaced and ordered otherwise")
                .isEqualTo("desk up to 3, render 1");
        Reply other =
                send("QUERY", "/semantics/search", "{\"q\":\"desk\",\"max\":4}", "Content-Type", "application/json");
        assertThat(other.body()).isEqualTo("desk up to 4, render 2");
        assertThat(count("search-desk")).isEqualTo(2);
    }

    @Test
    @Spec("S-18.4")
    void aQueryBodyOverTheLimitIs413() {
        String big = "{\"q\":\"" + "a".repeat(300) + "\",\"max\":1}";
        assertThat(send("QUERY", "/semantics/search", big, "Content-Type", "application/json")
                        .status())
                .isEqualTo(413);
    }

    @Test
    @Spec("S-18.5")
    void aDynamicAnswerHasAnETagAndIs304WhenItDidNotChange() {
        Reply first = client().get("/semantics/status");
        String etag = first.header("ETag").orElseThrow();
        assertThat(etag).startsWith("\"");
        Reply notModified = client().send("GET", "/semantics/status", "If-None-Match", etag);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("ETag")).contains(etag);
        assertThat(client().send("POST", "/semantics/status").status()).isEqualTo(204);
        Reply changed = client().send("GET", "/semantics/status", "If-None-Match", etag);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    @Spec("S-18.5")
    void aStaleIfMatchIs412BeforeTheHandlerChangesAnything() {
        assertThat(send("PUT", "/semantics/notes/a", "first", "Content-Type", "text/plain")
                        .body())
                .isEqualTo("v1");
        Reply stale =
                send("PUT", "/semantics/notes/a", "lost update", "Content-Type", "text/plain", "If-Match", "\"v0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).contains("\"v1\"");
        assertThat(count("notes-put-a")).as("the handler did not run").isEqualTo(1);
        assertThat(send("PUT", "/semantics/notes/a", "second", "Content-Type", "text/plain", "If-Match", "\"v1\"")
                        .body())
                .isEqualTo("v2");
        assertThat(send("PUT", "/semantics/notes/a", "again", "Content-Type", "text/plain", "If-None-Match", "*")
                        .status())
                .as("create-only on an existing note")
                .isEqualTo(412);
        assertThat(send("PUT", "/semantics/notes/new", "created", "Content-Type", "text/plain", "If-None-Match", "*")
                        .body())
                .isEqualTo("v1");
        assertThat(send("PUT", "/semantics/notes/none", "x", "Content-Type", "text/plain", "If-Match", "*")
                        .status())
                .as("If-Match: * on a note that does not exist")
                .isEqualTo(412);
    }

    @Test
    @Spec("S-18.5")
    void aGetWithTheCurrentTagIs304WithoutCallingTheHandler() {
        send("PUT", "/semantics/notes/b", "text of b", "Content-Type", "text/plain");
        Reply get = client().get("/semantics/notes/b");
        assertThat(get.body()).isEqualTo("text of b");
        assertThat(get.header("ETag")).contains("\"v1\"");
        Reply notModified = client().send("GET", "/semantics/notes/b", "If-None-Match", "\"v1\"");
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.header("ETag")).contains("\"v1\"");
        assertThat(count("notes-get-b")).isEqualTo(1);
    }
}
