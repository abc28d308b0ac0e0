package io.routehandlers.tck.navigation;

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
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(ArquillianExtension.class)
class NavigationTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("navigation", Checkout.class);
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "login,      307, /login?next=%2Fcheckout",
        "moved,      308, https://shop.example.com/checkout",
        "see-other,  303, /orders",
        "temporary,  307, /cart",
    })
    @Spec({"S-4.2", "S-4.3"})
    void redirectsSendTheLocationAsGivenWithAnEmptyBody(String step, int status, String location) {
        HttpResponse<String> response = Http.at(base).get("/checkout/" + step);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Location")).contains(location);
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"missing, 404", "closed, 403", "anonymous, 401"})
    @Spec("S-4.3")
    void errorHelpersAnswerTheirStatusWithAnEmptyBody(String step, int status) {
        HttpResponse<String> response = Http.at(base).get("/checkout/" + step);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource({
        "temporary, application/x-www-form-urlencoded, 303",
        "permanent, multipart/form-data; boundary=x,   303",
        "temporary, application/json,                  307",
        "permanent, application/json,                  308",
    })
    @Spec("S-4.3")
    void redirectAfterAFormPostIsSeeOther(String step, String contentType, int status) {
        String body = contentType.startsWith("multipart") ? "--x--\r\n" : contentType.contains("json") ? "{}" : "a=1";
        HttpResponse<String> response = Http.at(base).send("POST", "/checkout/" + step, contentType, body);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Location")).contains("/done");
    }

    @Test
    @Spec("S-4.2")
    void redirectWithANonRedirectStatusFailsTheHandler() {
        HttpResponse<String> response = Http.at(base).get("/checkout/bad-status");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEmpty();
    }

    @Test
    @Spec("S-4.2")
    void fluentHeadersAreAllSent() {
        HttpResponse<String> response = Http.at(base).get("/checkout/headers");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("X-Step")).contains("headers");
        assertThat(response.headers().allValues("Link")).containsExactly("</a>", "</b>");
        assertThat(response.body()).isEqualTo("{\"step\":\"headers\"}");
    }
}
