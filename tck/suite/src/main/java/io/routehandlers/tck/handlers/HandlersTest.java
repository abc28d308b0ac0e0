package io.routehandlers.tck.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class HandlersTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war(
                        "handlers",
                        Repositories.class,
                        Commits.class,
                        Commits.CommitParams.class,
                        Invoice.class,
                        Results.class,
                        Reports.class,
                        Exports.class),
                "routehandlers.route./exports.async-timeout=1");
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String path) {
        return Http.at(base).get(path);
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Content-Type")
                .orElse("")
                .replace(" ", "")
                .toLowerCase();
    }

    @Test
    @Spec({"S-3.1", "S-3.2"})
    void untypedParamsGiveValuesListsAndAMapInPathOrder() {
        assertThat(get("/orgs/acme/repos/web/src/main").body())
                .isEqualTo("{\"map\":{\"org\":\"acme\",\"repo\":\"web\",\"path\":[\"src\",\"main\"]},\"org\":\"acme\","
                        + "\"path\":[\"src\",\"main\"],\"joined\":\"src/main\",\"missing\":false}");
    }

    @Test
    @Spec("S-3.2")
    void absentOptionalCatchAllIsAnEmptyList() {
        assertThat(get("/orgs/acme/repos/web").body()).contains("\"path\":[]").contains("\"joined\":\"(none)\"");
    }

    @Test
    @Spec({"S-3.1", "S-3.2"})
    void parametersOfEveryKindInAnyOrderWithATypedRecord() {
        HttpResponse<String> response = Http.at(base)
                .send(Http.at(base)
                        .request("/repos/web/commits/a1/b2")
                        .header("X-Client", "tck")
                        .GET()
                        .build());
        assertThat(response.body()).isEqualTo("web|[a1, b2]|CommitParams[repo=web, sha=[a1, b2]]|GET|tck");
    }

    @Test
    @Spec("S-3.4")
    void stringIsPlainTextInUtf8() {
        HttpResponse<String> response = get("/results/text");
        assertThat(response.body()).isEqualTo("plain text é");
        assertThat(contentType(response)).isEqualTo("text/plain;charset=utf-8");
    }

    @Test
    @Spec("S-3.4")
    void bytesAndStreamsAreOctetStreams() {
        assertThat(get("/results/bytes").body()).isEqualTo("raw bytes");
        assertThat(contentType(get("/results/bytes"))).isEqualTo("application/octet-stream");
        assertThat(get("/results/stream").body()).isEqualTo("streamed");
        assertThat(contentType(get("/results/stream"))).isEqualTo("application/octet-stream");
    }

    @Test
    @Spec("S-3.4")
    void otherObjectsAreJson() {
        HttpResponse<String> response = get("/results/json");
        assertThat(response.body()).isEqualTo("{\"number\":\"INV-7\",\"paid\":true,\"total\":4200}");
        assertThat(contentType(response)).startsWith("application/json");
    }

    @Test
    @Spec("S-3.4")
    void jakartaRestResponseIsSentAsIs() {
        HttpResponse<String> response = get("/results/response");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("accepted");
    }

    @Test
    @Spec("S-3.4")
    void jakartaRestResponseWithAnObjectEntityIsWrittenByTheServersJsonB() {
        HttpResponse<String> response = get("/results/response-entity");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Kind")).contains("entity");
        assertThat(contentType(response)).startsWith("application/json");
        assertThat(response.body()).isEqualTo("{\"number\":\"INV-3\",\"paid\":true,\"total\":30}");
        assertThat(Http.at(base).method("HEAD", "/results/response-entity").body())
                .isEmpty();
    }

    @Test
    @Spec({"S-3.4", "S-4.2"})
    void routeResponseCarriesStatusHeadersAndJson() {
        HttpResponse<String> response = get("/results/route-response");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-Kind")).contains("route");
        assertThat(response.body()).isEqualTo("{\"number\":\"INV-8\",\"paid\":false,\"total\":10}");
    }

    @Test
    @Spec("S-3.4")
    void completionStageIsAnsweredWhenItCompletes() {
        assertThat(get("/reports/ready").body()).isEqualTo("{\"number\":\"INV-9\",\"paid\":true,\"total\":1}");
        assertThat(get("/reports/later").body()).isEqualTo("computed later");
    }

    @Test
    @Spec("S-3.4")
    void nullResultAnswers500WithAnEmptyBody() {
        HttpResponse<String> response = get("/results/null");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEmpty();
        assertThat(get("/reports/null").statusCode()).isEqualTo(500);
    }

    @Test
    @Spec("S-3.5")
    void uncaughtExceptionAnswers500WithNoDetailOnTheWire() {
        HttpResponse<String> response = get("/results/failure");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().map().toString()).doesNotContain("secret");
    }

    @Test
    @Spec("S-3.5")
    void failedCompletionStageAnswers500WithAnEmptyBody() {
        HttpResponse<String> response = get("/reports/failed");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEmpty();
    }

    @Test
    @Spec("S-3.5")
    void webApplicationExceptionKeepsItsResponse() {
        HttpResponse<String> response = get("/results/web");
        assertThat(response.statusCode()).isEqualTo(418);
        assertThat(response.body()).isEqualTo("teapot");
    }

    @Test
    @Spec("S-3.6")
    void stagePendingPastTheAsyncTimeoutAnswers503AndIsCancelled() {
        long started = System.nanoTime();
        HttpResponse<String> response = get("/exports");
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEmpty();
        assertThat(millis).as("milliseconds until the 503").isBetween(900L, 10_000L);
        assertThat(get("/exports").body()).isEqualTo("previous export cancelled");
    }
}
