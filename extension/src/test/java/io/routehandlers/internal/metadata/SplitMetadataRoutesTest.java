package io.routehandlers.internal.metadata;

import static io.routehandlers.fixtures.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.RouteCache;
import io.routehandlers.fixtures.Harness;
import io.routehandlers.fixtures.Metadata;
import io.routehandlers.internal.direct.DirectResponse;
import io.routehandlers.internal.scan.RouteTable;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** S-9.2 and S-9.5: a sitemap split by id with its index, and images, through the pipeline. */
class SplitMetadataRoutesTest {

    private Harness routes;

    @BeforeEach
    void start() {
        routes = Harness.start(
                Map.of("routehandlers.metadata.base-url", "https://shop.example/"),
                Metadata.ProductSitemaps.class,
                Metadata.Cards.class,
                Metadata.Banner.class);
    }

    @AfterEach
    void stop() {
        routes.close();
    }

    @Test
    void eachIdIsASitemapOfItsOwnPrerendered() {
        DirectResponse first = routes.get("/products/sitemap/0.xml");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-Route-Cache")).contains("HIT");
        assertThat(text(first)).contains("<loc>https://shop.example/products/0/a&amp;b</loc>");
        assertThat(text(routes.get("/products/sitemap/1.xml"))).contains("/products/1/a&amp;b</loc>");
    }

    @Test
    void theRouteUrlServesTheIndexWithAbsoluteUrls() {
        DirectResponse index = routes.get("/products/sitemap.xml");
        assertThat(index.header("Content-Type")).contains("application/xml");
        assertThat(index.header("Cache-Control")).contains("public, max-age=0, must-revalidate");
        assertThat(text(index)).isEqualTo("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                        <sitemap>
                        <loc>https://shop.example/products/sitemap/0.xml</loc>
                        </sitemap>
                        <sitemap>
                        <loc>https://shop.example/products/sitemap/1.xml</loc>
                        </sitemap>
                        </sitemapindex>
                        """);
    }

    @Test
    void anIdNotListedOrAChildWithoutItsExtensionIs404() {
        assertThat(routes.get("/products/sitemap/2.xml").status()).isEqualTo(404);
        assertThat(routes.get("/products/sitemap/0").status()).isEqualTo(404);
        assertThat(routes.get("/products/sitemap/0.txt").status()).isEqualTo(404);
        assertThat(routes.get("/products/sitemap/.xml").status()).isEqualTo(404);
    }

    @Test
    void revalidatingTheDeclaredPathRevalidatesTheIndexAndEveryFileAndOneFileJustItself() {
        RouteCache cache = routes.container().select(RouteCache.class).get();
        cache.revalidatePath("/products/sitemap.xml");
        for (String path : List.of("/products/sitemap.xml", "/products/sitemap/0.xml", "/products/sitemap/1.xml")) {
            assertThat(routes.get(path).header("X-Route-Cache")).as(path).contains("REVALIDATED");
            assertThat(routes.get(path).header("X-Route-Cache")).as(path).contains("HIT");
        }

        cache.revalidatePath("/products/sitemap/1.xml");
        assertThat(routes.get("/products/sitemap/1.xml").header("X-Route-Cache"))
                .contains("REVALIDATED");
        assertThat(routes.get("/products/sitemap/0.xml").header("X-Route-Cache"))
                .contains("HIT");
        assertThat(routes.get("/products/sitemap.xml").header("X-Route-Cache")).contains("HIT");
    }

    @Test
    void anUnlistedIdIs404EveryTimeAndNeverStoredNorSharedCacheable() {
        for (int i = 0; i < 2; i++) {
            DirectResponse missing = routes.get("/products/sitemap/7.xml");
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.header("X-Route-Cache")).isEmpty();
            assertThat(missing.header("Cache-Control")).isEmpty();
        }
    }

    @Test
    void theIndexAnswersGetAndHeadOnly() {
        DirectResponse post = routes.send("POST", "/products/sitemap.xml");
        assertThat(post.status()).isEqualTo(405);
        assertThat(post.header("Allow")).contains("GET, HEAD, OPTIONS");
        assertThat(routes.send("POST", "/products/sitemap/0.xml").status()).isEqualTo(204);
        DirectResponse head = routes.send("HEAD", "/products/sitemap.xml");
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("ETag")).isPresent();
        assertThat(head.body()).isEmpty();
    }

    @Test
    void imagesArePngOfTheirDeclaredSizeOnePerId() throws IOException {
        DirectResponse red = routes.get("/cards/card/red.png");
        assertThat(red.status()).isEqualTo(200);
        assertThat(red.header("Content-Type")).contains("image/png");
        assertThat(red.header("Cache-Control")).contains("public, max-age=0, must-revalidate");
        assertThat(red.body()).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(red.body()));
        assertThat(decoded.getWidth()).isEqualTo(40);
        assertThat(decoded.getHeight()).isEqualTo(20);
        assertThat(decoded.getRGB(5, 5)).isEqualTo(0xFFFF0000);
        assertThat(routes.get("/cards/card/green.png").status()).isEqualTo(404);
        assertThat(routes.get("/cards/card.png").routed())
                .as("the route's own URL is no image")
                .isFalse();
    }

    @Test
    void jpegOfAnImageWithTransparencyIsWritten() {
        DirectResponse banner = routes.get("/banner.jpg");
        assertThat(banner.status()).isEqualTo(200);
        assertThat(banner.header("Content-Type")).contains("image/jpeg");
        assertThat(banner.body()).startsWith(0xFF, 0xD8, 0xFF);
    }

    @Test
    void routeTableShowsTheIndexAndTheFiles() {
        String table = routes.container().select(RouteTable.class).get().describe();
        assertThat(table)
                .contains("(sitemap index)")
                .contains("(sitemap, /products/sitemap/<id>.xml)")
                .contains("\u25cf /cards/card/[id]")
                .contains("(image, /cards/card/<id>.png)")
                .doesNotContain("Banner (");
    }
}
