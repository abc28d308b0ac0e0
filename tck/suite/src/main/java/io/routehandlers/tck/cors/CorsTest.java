package io.routehandlers.tck.cors;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@Spec("S-13.4")
class CorsTest {

    private static final String SHOP = "https://shop.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war("cors", Orders.class, Webhook.class, Catalog.class),
                "routehandlers.cors.origins=" + SHOP,
                "routehandlers.cors.headers=Content-Type",
                "routehandlers.cors.exposed-headers=X-Total",
                "routehandlers.cors.max-age=600");
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> send(String method, String path, String... headers) {
        HttpRequest.Builder request = Http.at(base).request(path).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Http.at(base).send(request.build());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    @Test
    void preflightAnswers204WithTheRoutesMethodsAndTheAllowedHeaders() {
        HttpResponse<String> response = send(
                "OPTIONS",
                "/orders",
                "Origin",
                SHOP,
                "Access-Control-Request-Method",
                "POST",
                "Access-Control-Request-Headers",
                "content-type");
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(header(response, "Allow")).isEqualTo("GET, HEAD, OPTIONS, POST");
        assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo(SHOP);
        assertThat(header(response, "Access-Control-Allow-Methods")).isEqualTo("GET, HEAD, OPTIONS, POST");
        assertThat(header(response, "Access-Control-Allow-Headers")).isEqualTo("content-type");
        assertThat(header(response, "Access-Control-Max-Age")).isEqualTo("600");
        assertThat(header(response, "Vary"))
                .isEqualTo("Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
    }

    @Test
    void routeWithOnlyPostAnswersItsPreflight() {
        HttpResponse<String> response =
                send("OPTIONS", "/webhook", "Origin", SHOP, "Access-Control-Request-Method", "POST");
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(header(response, "Access-Control-Allow-Methods")).isEqualTo("OPTIONS, POST");
    }

    @Test
    void preflightFromAnotherOriginForAMissingMethodOrAnUnlistedHeaderIs403WithoutCorsHeaders() {
        for (HttpResponse<String> response : List.of(
                send("OPTIONS", "/orders", "Origin", "https://evil.example", "Access-Control-Request-Method", "GET"),
                send("OPTIONS", "/webhook", "Origin", SHOP, "Access-Control-Request-Method", "DELETE"),
                send(
                        "OPTIONS",
                        "/orders",
                        "Origin",
                        SHOP,
                        "Access-Control-Request-Method",
                        "POST",
                        "Access-Control-Request-Headers",
                        "X-Secret"))) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().map().keySet())
                    .noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
        }
    }

    @Test
    void actualRequestFromAnAllowedOriginGetsItAndVaryCachedAnswersIncluded() {
        HttpResponse<String> orders = send("GET", "/orders", "Origin", SHOP);
        assertThat(orders.body()).isEqualTo("orders");
        assertThat(header(orders, "Access-Control-Allow-Origin")).isEqualTo(SHOP);
        assertThat(header(orders, "Access-Control-Expose-Headers")).isEqualTo("X-Total");
        assertThat(orders.headers().allValues("Vary")).contains("Origin");

        HttpResponse<String> cached = send("GET", "/catalog", "Origin", SHOP);
        assertThat(header(cached, "X-Route-Cache")).isEqualTo("HIT");
        assertThat(header(cached, "Access-Control-Allow-Origin")).isEqualTo(SHOP);
        HttpResponse<String> other = send("GET", "/catalog", "Origin", "https://evil.example");
        assertThat(header(other, "X-Route-Cache")).isEqualTo("HIT");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(other.headers().allValues("Vary")).contains("Origin");
    }
}
