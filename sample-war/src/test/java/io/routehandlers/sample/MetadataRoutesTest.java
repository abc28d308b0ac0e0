package io.routehandlers.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestResponse;
import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The sitemap, robots.txt and the manifest: well-formed, cached, and the sitemap follows the catalogue. */
class MetadataRoutesTest {

    @Test
    void sitemapIsWellFormedXmlListingEveryItemAndFollowsTheCatalogue() throws Exception {
        try (RouteTester tester = RouteTester.of(SitemapRoute.class, ItemsRoute.class, Catalogue.class)) {
            TestResponse sitemap = tester.get("/sitemap.xml");
            assertThat(sitemap.cacheStatus()).contains("HIT");
            assertThat(sitemap.header("Content-Type")).contains("application/xml");
            Document xml = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(sitemap.body()));
            assertThat(xml.getElementsByTagName("loc").getLength()).isEqualTo(4);
            assertThat(sitemap.text()).contains("sort=name&amp;order=asc");

            tester.request("POST", "/api/items")
                    .json(new Item("lantern", "Lantern", 2500))
                    .send();
            TestResponse renewed = tester.get("/sitemap.xml");
            assertThat(renewed.cacheStatus()).contains("REVALIDATED");
            assertThat(renewed.text()).contains("/api/items/lantern</loc>");
        }
    }

    @Test
    void robotsAndManifestAreServedAsTheirKinds() {
        try (RouteTester tester = RouteTester.of(RobotsRoute.class, ManifestRoute.class)) {
            assertThat(tester.get("/robots.txt").text())
                    .isEqualTo("User-Agent: *\nAllow: /\nDisallow: /api/account\nDisallow: /api/session\n\n"
                            + "Sitemap: https://shop.example/sitemap.xml\n");
            TestResponse manifest = tester.get("/manifest.webmanifest");
            assertThat(manifest.header("Content-Type")).contains("application/manifest+json");
            assertThat(manifest.header("Cache-Control")).contains("public, max-age=0, must-revalidate");
            assertThat(manifest.text()).startsWith("{\"background_color\":\"#ffffff\",");
        }
    }
}
