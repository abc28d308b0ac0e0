package io.routehandlers.tck.methods;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ArquillianExtension.class)
class MethodsTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("methods", Notes.class, Inbox.class, Preflight.class, Downloads.class);
    }

    @ArquillianResource
    URL base;

    @Test
    @Spec({"S-1.2", "S-2.1"})
    void requestWithAHandledMethodCallsItsHandler() {
        assertThat(Http.at(base).get("/notes").body()).isEqualTo("notes");
        assertThat(Http.at(base).method("POST", "/notes").statusCode()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
    @Spec({"S-2.2", "S-2.3"})
    void unhandledMethodOfTheSevenAnswers405WithAllow(String method) {
        HttpResponse<String> response = Http.at(base).method(method, "/notes");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS, POST");
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROPFIND", "QUERY", "MKCOL", "BREW"})
    @Spec("S-2.2")
    void unknownMethodTokenAnswers405WithAllow(String method) {
        HttpResponse<String> response = Http.at(base).method(method, "/notes");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS, POST");
        assertThat(response.body()).isEmpty();
    }

    @Test
    @Spec({"S-2.2", "S-3.3"})
    void traceReachesTheRouteAndAnswers405WithAllow() {
        String head = Http.at(base).rawHead("TRACE", "/notes");
        assertThat(head).startsWith("HTTP/1.1 405").containsIgnoringCase("\nAllow: GET, HEAD, OPTIONS, POST\n");
    }

    @Test
    @Spec({"S-2.2", "S-2.3"})
    void postOnlyRouteAllowsOptionsAndPostOnly() {
        for (String method : new String[] {"GET", "HEAD"}) {
            HttpResponse<String> response = Http.at(base).method(method, "/inbox");
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).as(method).contains("OPTIONS, POST");
        }
    }

    @Test
    @Spec("S-2.4")
    void headRunsTheGetHandlerAndSendsNoBody() {
        HttpResponse<String> response = Http.at(base).method("HEAD", "/notes");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Notes")).contains("3");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body()).isEmpty();
    }

    @Test
    @Spec("S-2.4")
    void declaredHeadHandlerWinsOverGet() {
        HttpResponse<String> response = Http.at(base).method("HEAD", "/downloads/a.zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Head")).contains("explicit a.zip");
    }

    @Test
    @Spec({"S-2.5", "S-2.3"})
    void optionsWithoutAHandlerAnswers204WithAllowAndNoCorsHeaders() {
        HttpResponse<String> response = Http.at(base).method("OPTIONS", "/notes");
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS, POST");
        assertThat(response.headers().map().keySet())
                .noneMatch(name -> name.toLowerCase().startsWith("access-control-"));
        assertThat(response.body()).isEmpty();
    }

    @Test
    @Spec("S-2.5")
    void declaredOptionsHandlerReplacesTheAutomaticAnswer() {
        HttpResponse<String> response = Http.at(base).method("OPTIONS", "/preflight");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("https://example.com");
    }

    @Test
    @Spec("S-1.6")
    void trailingSlashRedirects308KeepingTheQuery() {
        HttpResponse<String> response = Http.at(base).get("/notes/?page=2&sort=new");
        assertThat(response.statusCode()).isEqualTo(308);
        assertThat(response.headers().firstValue("Location"))
                .contains(Http.at(base).contextPath() + "/notes?page=2&sort=new");
    }

    @Test
    @Spec("S-1.6")
    void trailingSlashOnAPathNoRouteAnswersIsNotRedirected() {
        assertThat(Http.at(base).get("/elsewhere/").statusCode()).isEqualTo(404);
    }
}
