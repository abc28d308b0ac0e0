package io.routehandlers.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestResponse;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The sitemaps and their index, robots.txt, the manifest and the Open Graph image: well-formed, cached, and the
 * sitemaps follow the catalogue. The base URL comes from the sample's microprofile-config.properties.
 */
class MetadataRoutesTest {

    private static Document xml(TestResponse response) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body()));
    }

    @Test
    void sitemapIndexListsOneWellFormedSitemapPerTwoItemsAndFollowsTheCatalogue() throws Exception {
        try (RouteTester tester = RouteTester.of(SitemapRoute.class, ItemsRoute.class, Catalogue.class)) {
            TestResponse index = tester.get("/sitemap.xml");
            assertThat(index.cacheStatus()).contains("HIT");
            assertThat(index.header("Content-Type")).contains("application/xml");
            assertThat(xml(index).getElementsByTagName("loc").item(0).getTextContent())
                    .isEqualTo("http://localhost:9080/sitemap/0.xml");
            TestResponse first = tester.get("/sitemap/0.xml");
            assertThat(first.cacheStatus()).contains("HIT");
            assertThat(xml(first).getElementsByTagName("loc").getLength()).isEqualTo(4);
            assertThat(first.text()).contains("sort=name&amp;order=asc");
            assertThat(tester.get("/sitemap/1.xml").status()).isEqualTo(404);

            tester.request("POST", "/api/items")
                    .json(new Item("lantern", "Lantern", 2500))
                    .send();
            TestResponse renewed = tester.get("/sitemap.xml");
            assertThat(renewed.cacheStatus()).contains("REVALIDATED");
            assertThat(renewed.text()).contains("<loc>http://localhost:9080/sitemap/1.xml</loc>");
            assertThat(tester.get("/sitemap/0.xml").text()).contains("/api/items/lantern</loc>");
            assertThat(tester.get("/sitemap/1.xml").text()).contains("/api/items/mug</loc>");
        }
    }

    @Test
    void robotsAndManifestAreServedAsTheirKinds() {
        try (RouteTester tester = RouteTester.of(RobotsRoute.class, ManifestRoute.class)) {
            assertThat(tester.get("/robots.txt").text())
                    .isEqualTo("User-Agent: *\nAllow: /\nDisallow: /api/account\nDisallow: /api/session\n\n"
                            + "Sitemap: http://localhost:9080/sitemap.xml\n");
            TestResponse manifest = tester.get("/manifest.webmanifest");
            assertThat(manifest.header("Content-Type")).contains("application/manifest+json");
            assertThat(manifest.header("Cache-Control")).contains("public, max-age=0, must-revalidate");
            assertThat(manifest.text()).startsWith("{\"name\":\"routehandlers sample shop\",\"short_name\":\"Shop\",");
        }
    }

    @Test
    void openGraphImageIsA1200By630Png() throws Exception {
        try (RouteTester tester = RouteTester.of(OpenGraphImageRoute.class)) {
            TestResponse card = tester.get("/opengraph-image.png");
            assertThat(card.header("Content-Type")).contains("image/png");
            assertThat(card.cacheStatus()).contains("HIT");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(card.body()));
            assertThat(image.getWidth()).isEqualTo(1200);
            assertThat(image.getHeight()).isEqualTo(630);
        }
    }
}
