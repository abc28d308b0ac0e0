package io.routehandlers.tck.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class RoutingTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(
                "routing",
                Products.class,
                Product.class,
                Product.ProductParams.class,
                NewProduct.class,
                Blog.class,
                Manual.class,
                Sitemap.class,
                Underscore.class,
                Shelf.class,
                Warehouse.class,
                Visits.class,
                Counter.class,
                Root.class);
    }

    @ArquillianResource
    URL base;

    private String body(String path) {
        HttpResponse<String> response = Http.at(base).get(path);
        assertThat(response.statusCode())
                .as("status of GET %s (body %s)", path, response.body())
                .isEqualTo(200);
        return response.body();
    }

    @Test
    @Spec({"S-1.1", "S-1.5"})
    void routeAnswersAtTheContextRootWithoutBeansXml() {
        assertThat(body("/products")).isEqualTo("all products");
    }

    @Test
    @Spec("S-1.3")
    void dynamicSegmentBindsOneSegment() {
        assertThat(body("/products/lamp")).isEqualTo("product lamp");
    }

    @Test
    @Spec("S-1.4")
    void staticSegmentBeatsDynamicSegment() {
        assertThat(body("/products/new")).isEqualTo("new product form");
    }

    @Test
    @Spec("S-1.3")
    void catchAllBindsOneOrMoreSegments() {
        assertThat(body("/blog/2024/hello")).isEqualTo("blog [2024, hello]");
        assertThat(Http.at(base).get("/blog").statusCode()).isEqualTo(404);
    }

    @Test
    @Spec("S-1.3")
    void optionalCatchAllAlsoAnswersItsParentInsideARouteGroup() {
        assertThat(body("/manual")).isEqualTo("manual []");
        assertThat(body("/manual/install/linux")).isEqualTo("manual [install, linux]");
        assertThat(Http.at(base).get("/(marketing)/manual").statusCode()).isEqualTo(404);
    }

    @Test
    @Spec("S-1.3")
    void segmentMayContainDots() {
        assertThat(body("/sitemap.xml")).isEqualTo("sitemap");
    }

    @Test
    @Spec("S-1.3")
    void escapedUnderscoreGivesALiteralUnderscoreSegment() {
        assertThat(body("/_status")).isEqualTo("literal underscore");
    }

    @Test
    @Spec("S-1.3")
    void rootRouteAnswersTheContextRoot() {
        assertThat(body("/")).isEqualTo("root");
    }

    @Test
    @Spec("S-1.4")
    void lookupBacktracksToACatchAllWhenAStaticBranchLeadsNowhere() {
        assertThat(body("/shelf/top")).isEqualTo("top shelf");
        assertThat(body("/shelf/top/left")).isEqualTo("warehouse [top, left]");
    }

    @Test
    @Spec("S-3.3")
    void segmentsArePercentDecodedOnceAfterSplitting() {
        assertThat(body("/products/hello%20world")).isEqualTo("product hello world");
        assertThat(body("/products/a%2520b")).isEqualTo("product a%20b");
        assertThat(body("/blog/caf%C3%A9/x")).isEqualTo("blog [café, x]");
    }

    @Test
    @Spec("S-3.3")
    void encodedSlashStaysInsideItsSegment() {
        assertThat(body("/products/a%2Fb")).isEqualTo("product a/b");
    }

    @Test
    @Spec("S-3.3")
    void servletPathParametersAreRemovedBeforeMatching() {
        assertThat(body("/products/lamp;jsessionid=0A1B2C")).isEqualTo("product lamp");
        assertThat(body("/shelf;v=2/top")).isEqualTo("top shelf");
    }

    @Test
    @Spec("S-3.3")
    void dotSegmentsAreRemovedBeforeMatching() {
        assertThat(body("/blog/x/../2024/./hello")).isEqualTo("blog [2024, hello]");
        // Escaped dots: the server may refuse the path itself; a route never gets "." or ".." as a segment.
        for (String path : List.of("/blog/x/%2E%2E/2024/hello", "/blog/x/.%2e/2024/%2e/hello")) {
            HttpResponse<String> response = Http.at(base).get(path);
            if (response.statusCode() != 400) {
                assertThat(response.body()).as("GET %s", path).isEqualTo("blog [2024, hello]");
            }
        }
        assertThat(Http.at(base).get("/blog/%2e%2e/%2e%2e/%2e%2e/products").statusCode())
                .as("a path above the root")
                .isBetween(400, 499);
    }

    @Test
    @Spec("S-1.5")
    void nothingOfTheImplementationAnswersAtAPathOfItsOwn() {
        assertThat(Http.at(base).get("/_routehandlers/dispatch/sync").statusCode())
                .isEqualTo(404);
        assertThat(Http.at(base).rawStatusLine("GET", "/_routehandlers/dispatch/%22"))
                .startsWith("HTTP/1.1 404");
    }

    @Test
    @Spec("S-3.3")
    void malformedEscapeAnswers400() {
        assertThat(Http.at(base).rawStatusLine("GET", "/products/%E0%A4%A")).startsWith("HTTP/1.1 400");
    }

    @Test
    @Spec("S-1.1")
    void routeWithoutScopeIsApplicationScoped() {
        String first = body("/counter");
        String second = body("/counter");
        assertThat(Integer.parseInt(second.substring(6))).isGreaterThan(Integer.parseInt(first.substring(6)));
    }

    @Test
    @Spec("S-1.1")
    void explicitScopeWins() {
        assertThat(body("/visits")).isEqualTo("visit 1");
        assertThat(body("/visits")).isEqualTo("visit 1");
    }

    @Test
    @Spec("S-2.6")
    void pathMatchingNoRouteAnswers404() {
        assertThat(Http.at(base).get("/nothing/here").statusCode()).isEqualTo(404);
        assertThat(Http.at(base).get("/products/a/b").statusCode()).isEqualTo(404);
    }
}
