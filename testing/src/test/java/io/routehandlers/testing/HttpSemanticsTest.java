package io.routehandlers.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.ApiVersion;
import io.routehandlers.EntityTag;
import io.routehandlers.Param;
import io.routehandlers.QUERY;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import org.junit.jupiter.api.Test;

/**
 * HTTP semantics in process (S-18), beyond the TCK's slice: the other places a version is read from, problem details
 * of a refused version, HEAD and streams with ETags, an {@code @EntityTag} method that throws, bad configuration.
 */
class HttpSemanticsTest {

    /** Versions 1 and 2 of one route. */
    @Route("/orders")
    public static class Orders {
        @GET
        @ApiVersion("1")
        public String v1() {
            return "v1";
        }

        @GET
        @ApiVersion("2")
        @Produces("application/vnd.acme+json")
        public Order v2() {
            return new Order(2);
        }
    }

    /** An order of version 2. */
    public record Order(int version) {}

    /** A dynamic route with ETags, a stream and a QUERY. */
    @Route("/feed")
    @RouteConfig(etag = true)
    public static class Feed {
        @GET
        public String get() {
            return "feed";
        }

        @QUERY
        public String query(RouteRequest request) {
            return "found " + request.text();
        }

        @PUT
        public RouteResponse stream() {
            return RouteResponse.stream("text/plain", out -> out.write("streamed"));
        }
    }

    /** An entity tag method that refuses. */
    @Route("/guarded/[id]")
    public static class Guarded {
        @EntityTag
        public String tag(@Param("id") String id) {
            if (id.equals("secret")) {
                throw new ForbiddenException();
            }
            return "t-" + id;
        }

        @GET
        public String get(@Param("id") String id) {
            return id;
        }

        @PUT
        public String put(@Param("id") String id) {
            return "put " + id;
        }
    }

    @Test
    void theVersionComesFromAQueryParameterWhenConfigured() {
        try (RouteTester tester = RouteTester.builder()
                .classes(Orders.class)
                .config("routehandlers.versions.from", "query")
                .build()) {
            assertThat(tester.get("/orders?version=1").text()).isEqualTo("v1");
            TestResponse v2 = tester.get("/orders?version=2");
            assertThat(v2.text()).isEqualTo("{\"version\":2}");
            assertThat(v2.header("Content-Type")).contains("application/vnd.acme+json");
            assertThat(v2.headers("Vary")).doesNotContain("API-Version");
            assertThat(tester.get("/orders").status())
                    .as("no version, no default")
                    .isEqualTo(400);
            assertThat(tester.get("/orders?version=%zz").status()).isEqualTo(400);
        }
    }

    @Test
    void theVersionComesFromTheAcceptParameterWhenConfigured() {
        try (RouteTester tester = RouteTester.builder()
                .classes(Orders.class)
                .config("routehandlers.versions.from", "media-type")
                .build()) {
            TestResponse v2 = tester.request("GET", "/orders")
                    .header("Accept", "application/vnd.acme+json; version=2")
                    .send();
            assertThat(v2.text()).isEqualTo("{\"version\":2}");
            assertThat(v2.headers("Vary")).contains("Accept");
            assertThat(tester.request("GET", "/orders")
                            .header("Accept", "text/plain;version=\"1\"")
                            .send()
                            .text())
                    .isEqualTo("v1");
        }
    }

    @Test
    void aRefusedVersionIsProblemDetailsWithTheSupportedVersions() {
        try (RouteTester tester = RouteTester.builder()
                .classes(Orders.class)
                .config("routehandlers.problem-details", "true")
                .build()) {
            TestResponse refused =
                    tester.request("GET", "/orders").header("API-Version", "7").send();
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).contains("application/problem+json");
            assertThat(refused.text())
                    .contains("\"detail\":\"API version '7' is not supported; supported versions: 1, 2.\"")
                    .contains("\"instance\":\"/orders\"");
            assertThat(tester.request("GET", "/orders")
                            .header("API-Version", "\u00e9\r\nX: y")
                            .send()
                            .text())
                    .as("a client's value is shown printable only")
                    .doesNotContain("\r")
                    .contains("'??");
        }
    }

    @Test
    void headHasTheGetsETagAndIs304AndStreamsAndOtherStatusesHaveNone() {
        try (RouteTester tester = RouteTester.of(Feed.class)) {
            String etag = tester.get("/feed").header("ETag").orElseThrow();
            TestResponse head = tester.request("HEAD", "/feed").send();
            assertThat(head.header("ETag")).contains(etag);
            assertThat(tester.request("HEAD", "/feed")
                            .header("If-None-Match", etag)
                            .send()
                            .status())
                    .isEqualTo(304);
            TestResponse query = tester.request("QUERY", "/feed").text("lamps").send();
            assertThat(query.text()).isEqualTo("found lamps");
            assertThat(tester.request("QUERY", "/feed")
                            .text("lamps")
                            .header("If-None-Match", query.header("ETag").orElseThrow())
                            .send()
                            .status())
                    .isEqualTo(304);
            TestResponse streamed = tester.request("PUT", "/feed").send();
            assertThat(streamed.text()).isEqualTo("streamed");
            assertThat(streamed.header("ETag")).isEmpty();
            assertThat(tester.request("DELETE", "/feed").send().header("ETag")).isEmpty();
        }
    }

    @Test
    void anEntityTagMethodThatThrowsAnswersAsAHandlerWould() {
        try (RouteTester tester = RouteTester.of(Guarded.class)) {
            assertThat(tester.get("/guarded/secret").status()).isEqualTo(403);
            assertThat(tester.request("PUT", "/guarded/secret")
                            .header("If-Match", "*")
                            .send()
                            .status())
                    .isEqualTo(403);
            assertThat(tester.request("PUT", "/guarded/open").send().text())
                    .as("an unconditional PUT does not ask for the tag")
                    .isEqualTo("put open");
            assertThat(tester.request("PUT", "/guarded/open")
                            .header("If-Match", "W/\"t-open\"")
                            .send()
                            .status())
                    .as("If-Match compares strongly")
                    .isEqualTo(412);
            assertThat(tester.request("PUT", "/guarded/open")
                            .header("If-Match", "\"t-open\"")
                            .send()
                            .text())
                    .isEqualTo("put open");
        }
    }

    @Test
    void badVersionConfigurationFailsDeployment() {
        assertThatThrownBy(() -> RouteTester.builder()
                        .classes(Orders.class)
                        .config("routehandlers.versions.from", "path")
                        .config("routehandlers.versions.default", "two")
                        .config("routehandlers.versions.1.sunset", "soon")
                        .config("routehandlers.versions.1.colour", "red")
                        .build())
                .hasMessageContaining("routehandlers.versions.from")
                .hasMessageContaining("header, query or media-type")
                .hasMessageContaining("routehandlers.versions.default")
                .hasMessageContaining("routehandlers.versions.1.sunset")
                .hasMessageContaining("routehandlers.versions.1.colour");
    }

    /** A class-wide {@code @Consumes}: requests without a body are not refused. */
    @Route("/inbox")
    @Consumes("application/json")
    public static class Inbox {
        @GET
        public String get() {
            return "inbox";
        }

        @POST
        public String post(RouteRequest request) {
            return "posted " + request.text();
        }
    }

    @Test
    void aClassWideConsumesLeavesRequestsWithoutABodyAlone() {
        try (RouteTester tester = RouteTester.of(Inbox.class)) {
            assertThat(tester.get("/inbox").text()).isEqualTo("inbox");
            assertThat(tester.request("POST", "/inbox")
                            .body("{}".getBytes(), "application/json")
                            .send()
                            .text())
                    .isEqualTo("posted {}");
            assertThat(tester.request("POST", "/inbox").text("hi").send().status())
                    .isEqualTo(415);
            assertThat(tester.request("POST", "/inbox")
                            .body("x".getBytes(), null)
                            .send()
                            .status())
                    .as("a body without a type is bytes")
                    .isEqualTo(415);
        }
    }

    /** A cached route with its own HEAD handler. */
    @Route("/headed")
    @RouteConfig(dynamic = io.routehandlers.Dynamic.FORCE_STATIC)
    public static class Headed {
        @GET
        public String get() {
            return "the body";
        }

        @HEAD
        public RouteResponse head() {
            return RouteResponse.status(204);
        }
    }

    @Test
    void aCachedRoutesHeadHandlerNeverReplacesTheGetEntry() {
        try (RouteTester tester = RouteTester.of(Headed.class)) {
            tester.request("HEAD", "/headed").send();
            TestResponse get = tester.get("/headed");
            assertThat(get.status()).isEqualTo(200);
            assertThat(get.text()).isEqualTo("the body");
        }
    }

    /** Two representations of one resource with a version. */
    @Route("/docs/[id]")
    public static class Docs {
        @EntityTag
        public String tag(@Param("id") String id) {
            return "v3";
        }

        @GET
        @Produces("application/json")
        public String json(@Param("id") String id) {
            return "{}";
        }

        @GET
        @Produces("text/markdown")
        public String markdown(@Param("id") String id) {
            return "# doc";
        }

        @PUT
        public String put(@Param("id") String id) {
            return "replaced";
        }
    }

    @Test
    void eachRepresentationHasATagOfItsOwnAndAnUnsafeRequestMayNameAny() {
        try (RouteTester tester = RouteTester.of(Docs.class)) {
            String json = tester.request("GET", "/docs/a")
                    .header("Accept", "application/json")
                    .send()
                    .header("ETag")
                    .orElseThrow();
            String markdown = tester.request("GET", "/docs/a")
                    .header("Accept", "text/markdown")
                    .send()
                    .header("ETag")
                    .orElseThrow();
            assertThat(json).startsWith("\"v3-").isNotEqualTo(markdown);
            assertThat(tester.request("GET", "/docs/a")
                            .header("Accept", "text/markdown")
                            .header("If-None-Match", json)
                            .send()
                            .status())
                    .as("another representation's tag")
                    .isEqualTo(200);
            assertThat(tester.request("PUT", "/docs/a")
                            .header("If-Match", markdown)
                            .send()
                            .text())
                    .isEqualTo("replaced");
            assertThat(tester.request("PUT", "/docs/a")
                            .header("If-Match", "\"v3\"")
                            .send()
                            .text())
                    .isEqualTo("replaced");
            assertThat(tester.request("PUT", "/docs/a")
                            .header("If-Match", "\"v2\"")
                            .send()
                            .status())
                    .isEqualTo(412);
        }
    }

    /** An entity tag method on a cached route, and a limit on two variants. */
    @Route("/misplaced")
    @RouteConfig(revalidate = 60)
    public static class Misplaced {
        @EntityTag
        public String tag() {
            return "v1";
        }

        @GET
        @Produces("application/json")
        @io.routehandlers.RateLimit(value = 5, window = 60)
        public String json() {
            return "{}";
        }

        @GET
        @Produces("text/plain")
        @io.routehandlers.RateLimit(value = 9, window = 60)
        public String text() {
            return "";
        }
    }

    @Test
    void anEntityTagOnACachedRouteAndLimitsOnTwoVariantsFailDeployment() {
        assertThatThrownBy(() -> RouteTester.of(Misplaced.class))
                .hasMessageContaining(
                        "RH-063 The @EntityTag method " + Misplaced.class.getName() + "#tag() is on a cached route")
                .hasMessageContaining("RH-054 @RateLimit on two handlers of GET in")
                .hasMessageNotContaining("which is not a handler");
    }

    /** A media type that is none. */
    @Route("/malformed")
    public static class Malformed {
        @GET
        @Produces("markdown")
        public String get() {
            return "# no";
        }
    }

    @Test
    void aMalformedMediaTypeFailsDeployment() {
        assertThatThrownBy(() -> RouteTester.of(Malformed.class))
                .hasMessageContaining("RH-062 Handler " + Malformed.class.getName()
                        + "#get(): @Produces(\"markdown\") is not a media type such as text/markdown.");
    }
}
