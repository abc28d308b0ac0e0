package io.routehandlers.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.fixtures.Harness;
import io.routehandlers.fixtures.Library;
import io.routehandlers.internal.config.ConfigLookup;
import io.routehandlers.internal.direct.DirectResponse;
import io.routehandlers.internal.scan.RouteTableBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** S-13.4: CORS by configuration, preflights and actual requests, cached answers included. */
class CorsTest {

    private static final String SHOP = "https://shop.example";

    private Harness routes;

    private Harness start(Map<String, String> config) {
        routes = Harness.start(config, Library.Notes.class, Library.Returns.class, Library.Prices.class);
        return routes;
    }

    @AfterEach
    void stop() {
        if (routes != null) {
            routes.close();
        }
    }

    private DirectResponse preflight(String path, String origin, String method, String headers) {
        return headers == null
                ? routes.send("OPTIONS", path, "Origin", origin, "Access-Control-Request-Method", method)
                : routes.send(
                        "OPTIONS",
                        path,
                        "Origin",
                        origin,
                        "Access-Control-Request-Method",
                        method,
                        "Access-Control-Request-Headers",
                        headers);
    }

    @Test
    void preflightOfAllowedOriginMethodAndHeadersAnswers204WithTheRoutesMethods() {
        start(Map.of(
                "routehandlers.cors.origins", SHOP + ", /https://.*\\.shop\\.example/",
                "routehandlers.cors.headers", "Content-Type, X-Token",
                "routehandlers.cors.max-age", "600"));
        DirectResponse response = preflight("/notes", SHOP, "POST", "content-type,x-token");
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.header("Allow")).contains("GET, HEAD, OPTIONS, POST");
        assertThat(response.header("Access-Control-Allow-Origin")).contains(SHOP);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("GET, HEAD, OPTIONS, POST");
        assertThat(response.header("Access-Control-Allow-Headers")).contains("content-type, x-token");
        assertThat(response.header("Access-Control-Max-Age")).contains("600");
        assertThat(response.header("Vary"))
                .contains("Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        assertThat(preflight("/notes", "https://eu.shop.example", "GET", null).status())
                .as("an origin matched by a pattern")
                .isEqualTo(204);
    }

    @Test
    void routeWithOnlyPostAnswersPreflightsLikeAnyOther() {
        start(Map.of("routehandlers.cors.origins", SHOP));
        DirectResponse response = preflight("/returns", SHOP, "POST", null);
        assertThat(response.status()).isEqualTo(204);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("OPTIONS, POST");
    }

    @Test
    void preflightFromAnotherOriginForAMissingMethodOrWithAnUnlistedHeaderIs403WithoutCorsHeaders() {
        start(Map.of("routehandlers.cors.origins", SHOP, "routehandlers.cors.headers", "Content-Type"));
        for (DirectResponse response : List.of(
                preflight("/notes", "https://evil.example", "GET", null),
                preflight("/notes", SHOP, "DELETE", null),
                preflight("/notes", SHOP, "POST", "Content-Type, X-Secret"))) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.headers().stream().map(Map.Entry::getKey))
                    .noneMatch(name -> name.startsWith("Access-Control-"));
        }
    }

    @Test
    void actualRequestsGetTheOriginAndVaryCachedAnswersIncludedWhichDoNotKeepThem() {
        start(Map.of(
                "routehandlers.cors.origins", SHOP,
                "routehandlers.cors.exposed-headers", "X-Notes",
                "routehandlers.cors.allow-credentials", "true"));
        DirectResponse notes = routes.send("GET", "/notes", "Origin", SHOP);
        assertThat(notes.header("Access-Control-Allow-Origin")).contains(SHOP);
        assertThat(notes.header("Access-Control-Expose-Headers")).contains("X-Notes");
        assertThat(notes.header("Access-Control-Allow-Credentials")).contains("true");
        assertThat(notes.header("Vary")).contains("Origin");

        DirectResponse cached = routes.send("GET", "/prices", "Origin", SHOP);
        assertThat(cached.header("X-Route-Cache")).contains("HIT");
        assertThat(cached.header("Access-Control-Allow-Origin")).contains(SHOP);
        DirectResponse other = routes.send("GET", "/prices", "Origin", "https://evil.example");
        assertThat(other.header("X-Route-Cache")).contains("HIT");
        assertThat(other.header("Access-Control-Allow-Origin"))
                .as("not stored with the entry")
                .isEmpty();
        assertThat(other.header("Vary")).contains("Origin");
    }

    @Test
    void anOriginOrRequestedHeaderThatIsNotOneIsNeverEchoedWhateverTheConfiguration() {
        start(Map.of("routehandlers.cors.origins", "*", "routehandlers.cors.headers", "*"));
        assertThat(preflight("/notes", "https://a.example/path", "GET", null).status())
                .isEqualTo(403);
        assertThat(preflight("/notes", "https://a.example, https://b.example", "GET", null)
                        .status())
                .isEqualTo(403);
        assertThat(preflight("/notes", SHOP, "GET", "x-ok, bad header").status())
                .isEqualTo(403);
        assertThat(preflight("/notes", "null", "GET", null).status()).isEqualTo(204);
        assertThat(preflight("/notes", "http://[::1]:8080", "GET", "x-ok").header("Access-Control-Allow-Headers"))
                .contains("x-ok");
        assertThat(routes.send("GET", "/notes", "Origin", "https://a.example/x").header("Access-Control-Allow-Origin"))
                .isEmpty();
    }

    @Test
    void everyAnswerOfTheRouteCarriesTheHeadersErrorsAndRedirectsIncluded() {
        start(Map.of("routehandlers.cors.origins", SHOP));
        for (DirectResponse response : List.of(
                routes.send("DELETE", "/notes", "Origin", SHOP),
                routes.send("GET", "/notes/", "Origin", SHOP),
                routes.send("OPTIONS", "/notes", "Origin", SHOP))) {
            assertThat(response.header("Access-Control-Allow-Origin"))
                    .as("status " + response.status())
                    .contains(SHOP);
            assertThat(response.header("Vary")).contains("Origin");
        }
        assertThat(routes.send("GET", "/notes/", "Origin", SHOP).status()).isEqualTo(308);
        assertThat(preflight("/notes/", SHOP, "GET", null).status())
                .as("a preflight is never redirected")
                .isEqualTo(204);
    }

    @Test
    void aHandlerThatFailsAnswers500WithTheHeaders() {
        routes = Harness.start(Map.of("routehandlers.cors.origins", SHOP), Library.Fines.class);
        DirectResponse response = routes.send("GET", "/fines", "Origin", SHOP);
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.header("Access-Control-Allow-Origin")).contains(SHOP);
    }

    @Test
    void withoutConfigurationNothingChanges() {
        start(Map.of());
        assertThat(preflight("/notes", SHOP, "POST", null).header("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(routes.send("GET", "/notes", "Origin", SHOP).header("Vary")).isEmpty();
        DirectResponse options = routes.send("OPTIONS", "/notes");
        assertThat(options.status()).as("S-2.5").isEqualTo(204);
        assertThat(options.header("Allow")).contains("GET, HEAD, OPTIONS, POST");
    }

    @Test
    void perRouteKeysOverrideTheGlobalOnes() {
        start(Map.of(
                "routehandlers.cors.origins", SHOP, "routehandlers.route./returns.cors.origins", "https://a.example"));
        assertThat(preflight("/returns", SHOP, "POST", null).status()).isEqualTo(403);
        assertThat(preflight("/returns", "https://a.example", "POST", null).status())
                .isEqualTo(204);
        assertThat(preflight("/notes", SHOP, "POST", null).status()).isEqualTo(204);
    }

    @Test
    void credentialsWithAnyOriginFailDeploymentOnce() {
        var problems = RouteTableBuilder.build(
                        List.of(Library.Notes.class, Library.Returns.class),
                        ConfigLookup.of(
                                Map.of(
                                        "routehandlers.cors.origins",
                                        "*",
                                        "routehandlers.cors.allow-credentials",
                                        "true"),
                                "test"))
                .problems();
        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .startsWith(
                                "RH-047 The configuration allows credentials (routehandlers.cors.allow-credentials=true) "
                                        + "from any origin (*)"));
    }
}
