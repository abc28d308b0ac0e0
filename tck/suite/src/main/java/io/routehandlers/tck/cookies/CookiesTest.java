package io.routehandlers.tck.cookies;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class CookiesTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(
                "cookies",
                Greeting.class,
                Preferences.class,
                Account.class,
                Theme.class,
                Jar.class,
                Visitor.class,
                StrictVisitor.class,
                Headers.class);
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = Http.at(base).request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Http.at(base).send(request.build());
    }

    private static List<String> setCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie");
    }

    @Test
    @Spec({"S-5.1", "S-5.2", "S-6.1"})
    void nextJsDocsExamplesEchoTheTokenCookieAndTheReferer() {
        HttpResponse<String> response = get("/greeting", "Cookie", "token=abc123", "Referer", "https://example.com/a");
        assertThat(response.body()).isEqualTo("Hello, Jakarta EE!");
        assertThat(setCookies(response)).containsExactly("token=abc123");
        assertThat(response.headers().firstValue("referer")).contains("https://example.com/a");
    }

    @Test
    @Spec("S-5.2")
    void cookieHeaderIsParsedLeniently() {
        HttpResponse<String> response = get("/jar/read", "Cookie", "token=a=b; ;;flag; name=two%20words; bad=%E0%A4%A");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("token=a=b|flag=true|name=two words has.flag=true request=a=b");
    }

    @Test
    @Spec({"S-5.3", "S-5.4"})
    void setCookieIsByteIdenticalToNextJs() {
        List<String> cookies = setCookies(get("/jar/set"));
        assertThat(cookies).hasSize(1);
        assertThat(cookies.get(0))
                .matches("b=two%20words; Path=/x; Expires=\\w{3}, \\d{2} \\w{3} \\d{4} "
                        + "\\d{2}:\\d{2}:\\d{2} GMT; Max-Age=60; Secure; HttpOnly; SameSite=strict");
    }

    @Test
    @Spec("S-5.4")
    void deleteExpiresTheCookieAtTheEpoch() {
        assertThat(setCookies(get("/jar/delete")))
                .containsExactly("gone=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    }

    @Test
    @Spec("S-5.3")
    void readsSeeTheWritesOfTheSameRequest() {
        assertThat(get("/jar/read-own-write").body()).isEqualTo("new value");
    }

    @Test
    @Spec("S-5.3")
    void handlersOwnCookieWinsOverTheStoresCookieOfTheSameName() {
        assertThat(setCookies(get("/jar/merge")))
                .containsExactlyInAnyOrder("a=from-handler; Path=/", "c=from-store; Path=/");
    }

    @Test
    @Spec({"S-5.3", "S-4.3"})
    void cookiesTravelWithARedirectAndANotFound() {
        HttpResponse<String> redirect = get("/jar/redirect");
        assertThat(redirect.statusCode()).isEqualTo(307);
        assertThat(setCookies(redirect)).containsExactly("flash=saved; Path=/");
        HttpResponse<String> notFound = get("/jar/not-found");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(setCookies(notFound)).containsExactly("flash=missing; Path=/");
    }

    @Test
    @Spec("S-5.3")
    void failedHandlerSendsNoCookies() {
        HttpResponse<String> response = get("/jar/failure");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(setCookies(response)).isEmpty();
    }

    @Test
    @Spec({"S-5.1", "S-5.3"})
    void serviceTwoCallsDeepSetsACookieThroughInjection() {
        HttpResponse<String> response = Http.at(base)
                .send(Http.at(base)
                        .request("/theme")
                        .header("Cookie", "theme=dark")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertThat(response.body()).isEqualTo("theme light");
        assertThat(setCookies(response))
                .singleElement()
                .asString()
                .startsWith("theme=light; Path=/; Expires=")
                .endsWith("; Max-Age=31536000; SameSite=lax");
    }

    @Test
    @Spec("S-5.5")
    void headerInjectionThroughACookieValueIsRejected() {
        for (String attempt : new String[] {"x\r\nX-Injected: 1", "x; Domain=evil.example", "x\nSet-Cookie: admin=1"}) {
            HttpResponse<String> response = Http.at(base).send("POST", "/jar/session", "text/plain", attempt);
            assertThat(response.body()).as(attempt).isEqualTo("rejected");
            assertThat(response.headers().firstValue("X-Injected")).isEmpty();
            assertThat(setCookies(response)).isEmpty();
        }
        HttpResponse<String> badName = Http.at(base).send("POST", "/jar/bad%20name", "text/plain", "v");
        assertThat(badName.body()).isEqualTo("rejected");
        assertThat(Http.at(base)
                        .send("POST", "/jar/session", "text/plain", "fine")
                        .body())
                .isEqualTo("accepted");
    }

    @Test
    @Spec("S-6.1")
    void headersAreCaseInsensitiveAndRepeatedValuesJoin() {
        HttpResponse<String> response = Http.at(base)
                .send(Http.at(base)
                        .request("/headers/multi")
                        .header("X-Multi", "a")
                        .header("X-Multi", "b")
                        .GET()
                        .build());
        assertThat(response.body()).isEqualTo("a, b has=true key=true");
    }

    @Test
    @Spec("S-6.2")
    void qualifiedSingleValuesAreInjected() {
        assertThat(get("/headers/visitor", "User-Agent", "tck-agent", "Cookie", "visitor=v-42")
                        .body())
                .isEqualTo("agent=tck-agent id=v-42 missing=false");
    }

    @Test
    @Spec("S-6.2")
    void plainStringInjectionOfAnAbsentHeaderFailsTheRequest() {
        assertThat(get("/headers/tenant", "X-Tenant", "acme").body()).isEqualTo("tenant acme");
        HttpResponse<String> missing = get("/headers/tenant");
        assertThat(missing.statusCode()).isEqualTo(500);
        assertThat(missing.body()).isEmpty();
    }

    @Test
    @Spec({"S-5.2", "S-3.5"})
    void tenThousandRandomCookieHeadersNeverAnswer500() {
        Random random = new Random(2026);
        String alphabet = "abcXYZ019=;,% \t\"\\%E0%A4%zz=;=%%!#$&'()*+-./:<>?@[]^_`{|}~";
        int errors = 0;
        for (int i = 0; i < 10_000; i++) {
            StringBuilder header = new StringBuilder();
            for (int j = random.nextInt(80); j > 0; j--) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = header.toString().strip();
            HttpRequest.Builder request = Http.at(base).request("/jar/read").GET();
            if (!value.isEmpty()) {
                request.header("Cookie", value);
            }
            if (Http.at(base).send(request.build()).statusCode() >= 500) {
                errors++;
            }
        }
        assertThat(errors)
                .as("answers >= 500 among 10,000 random Cookie headers")
                .isZero();
    }
}
