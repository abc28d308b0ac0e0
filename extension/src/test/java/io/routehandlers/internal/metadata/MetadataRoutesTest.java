package io.routehandlers.internal.metadata;

import static io.routehandlers.fixtures.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.fixtures.Harness;
import io.routehandlers.fixtures.LogRecords;
import io.routehandlers.fixtures.Metadata;
import io.routehandlers.internal.direct.DirectResponse;
import io.routehandlers.internal.scan.RouteTable;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** S-9.1, S-9.3, S-9.4, S-9.6, S-9.7: metadata routes through the pipeline, without a server. */
class MetadataRoutesTest {

    private Harness routes;
    private LogRecords log;

    @BeforeEach
    void start() {
        log = LogRecords.capture(); // before the start, which prerenders
        routes = Harness.start(
                Metadata.SiteMap.class,
                Metadata.RobotsFile.class,
                Metadata.AppManifest.class,
                Metadata.HostSitemap.class);
    }

    @AfterEach
    void stop() {
        log.close();
        routes.close();
    }

    @Test
    void eachKindAnswersItsContentTypeAndNextJsCacheControlFromTheCache() {
        int rendered = Metadata.SiteMap.renders();
        DirectResponse sitemap = routes.get("/sitemap.xml");
        assertThat(sitemap.header("Content-Type")).contains("application/xml");
        assertThat(sitemap.header("Cache-Control")).contains("public, max-age=0, must-revalidate");
        assertThat(sitemap.header("X-Route-Cache")).as("prerendered at startup").contains("HIT");
        assertThat(text(sitemap)).contains("<loc>https://shop.example/?a=b&amp;c=d</loc>");
        assertThat(Metadata.SiteMap.renders()).as("served without a render").isEqualTo(rendered);

        DirectResponse robots = routes.get("/robots.txt");
        assertThat(robots.header("Content-Type")).contains("text/plain");
        assertThat(text(robots)).isEqualTo("User-Agent: *\nAllow: /\n\n");
        assertThat(robots.header("X-Route-Cache")).contains("HIT");

        DirectResponse manifest = routes.get("/manifest.webmanifest");
        assertThat(manifest.header("Content-Type")).contains("application/manifest+json");
        assertThat(text(manifest)).isEqualTo("{\"name\":\"Shop\"}");
    }

    @Test
    void matchingIfNoneMatchAnswers304AndHeadGetsTheSameHeaders() {
        DirectResponse first = routes.get("/robots.txt");
        String etag = first.header("ETag").orElseThrow();
        DirectResponse again = routes.send("GET", "/robots.txt", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        DirectResponse head = routes.send("HEAD", "/robots.txt");
        assertThat(head.header("Cache-Control")).isEqualTo(first.header("Cache-Control"));
        assertThat(head.header("ETag")).contains(etag);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void metadataThatReadsTheRequestIsDynamicAndSaysNothingOfItFromStartupOn() {
        DirectResponse a = routes.send("GET", "/hosts/sitemap.xml", "Host", "a.example");
        DirectResponse b = routes.send("GET", "/hosts/sitemap.xml", "Host", "b.example");
        assertThat(text(a)).contains("<loc>https://a.example/</loc>");
        assertThat(text(b)).contains("<loc>https://b.example/</loc>");
        assertThat(b.header("X-Route-Cache")).as("not from the cache").isEmpty();
        assertThat(b.header("Cache-Control")).as("not for shared caches").isEmpty();
        assertThat(log.records())
                .noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue()
                        && String.valueOf(r.getMessage()).contains("/hosts/sitemap.xml"));
    }

    @Test
    void routeTableShowsTheKind() {
        String table = routes.container().select(RouteTable.class).get().describe();
        assertThat(table)
                .contains(Metadata.SiteMap.class.getName() + " (sitemap)")
                .contains(Metadata.RobotsFile.class.getName() + " (robots)")
                .contains(Metadata.AppManifest.class.getName() + " (manifest)");
    }
}
