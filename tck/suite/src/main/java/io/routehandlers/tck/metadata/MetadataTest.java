package io.routehandlers.tck.metadata;

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

@ExtendWith(ArquillianExtension.class)
class MetadataTest {

    private static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("metadata", ShopSitemap.class, ShopRobots.class, ShopManifest.class, HostSitemap.class);
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String path) {
        HttpResponse<String> response = Http.at(base).get(path);
        assertThat(response.statusCode()).as("status of GET %s", path).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> get(String path, String header, String value) {
        return Http.at(base)
                .send(Http.at(base).request(path).header(header, value).GET().build());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    @Test
    @Spec({"S-9.1", "S-9.6"})
    void sitemapIsNextJsXmlWithEveryValueEscapedAndCachedAsMetadata() {
        HttpResponse<String> response = get("/sitemap.xml");
        assertThat(header(response, "Content-Type")).startsWith("application/xml");
        assertThat(header(response, "Cache-Control")).isEqualTo(CACHE_CONTROL);
        assertThat(header(response, "X-Route-Cache"))
                .as("prerendered at startup")
                .isEqualTo("HIT");
        assertThat(response.body()).isEqualTo("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                        <url>
                        <loc>https://example.com</loc>
                        <lastmod>2021-01-01</lastmod>
                        <changefreq>weekly</changefreq>
                        <priority>0.5</priority>
                        </url>
                        <url>
                        <loc>https://example.com/about?a=b&amp;c=d</loc>
                        <lastmod>2021-01-01</lastmod>
                        </url>
                        </urlset>
                        """);
    }

    @Test
    @Spec({"S-9.3", "S-9.6"})
    void robotsIsNextJsText() {
        HttpResponse<String> response = get("/robots.txt");
        assertThat(header(response, "Content-Type")).startsWith("text/plain");
        assertThat(header(response, "Cache-Control")).isEqualTo(CACHE_CONTROL);
        assertThat(response.body())
                .isEqualTo("User-Agent: Googlebot\nAllow: /\n\nUser-Agent: Applebot\nUser-Agent: Bingbot\n"
                        + "Disallow: /\nCrawl-delay: 2\n\nHost: https://example.com\n"
                        + "Sitemap: https://example.com/sitemap.xml\n");
    }

    @Test
    @Spec({"S-9.4", "S-9.6"})
    void manifestIsCompactJsonInTheOrderItsMembersWereSet() {
        HttpResponse<String> response = get("/manifest.webmanifest");
        assertThat(header(response, "Content-Type")).startsWith("application/manifest+json");
        assertThat(header(response, "Cache-Control")).isEqualTo(CACHE_CONTROL);
        // What Next.js 16 answers for the same manifest.ts (JSON.stringify keeps the object's insertion order).
        assertThat(response.body())
                .isEqualTo("{\"name\":\"Next.js App\",\"short_name\":\"Next.js App\",\"description\":\"Next.js App\","
                        + "\"start_url\":\"/\",\"display\":\"standalone\",\"background_color\":\"#fff\","
                        + "\"theme_color\":\"#fff\",\"icons\":[{\"src\":\"/favicon.ico\",\"sizes\":\"any\","
                        + "\"type\":\"image/x-icon\"}]}");
    }

    @Test
    @Spec("S-9.6")
    void matchingIfNoneMatchAnswers304AndHeadHasTheSameHeaders() {
        HttpResponse<String> first = get("/robots.txt");
        String etag = header(first, "ETag");
        assertThat(etag).startsWith("\"");
        HttpResponse<String> again = get("/robots.txt", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> head = Http.at(base).method("HEAD", "/robots.txt");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(header(head, "Cache-Control")).isEqualTo(CACHE_CONTROL);
        assertThat(header(head, "ETag")).isEqualTo(etag);
        assertThat(head.body()).isEmpty();
    }

    @Test
    @Spec("S-9.6")
    void sitemapThatReadsARequestHeaderIsNotStored() {
        HttpResponse<String> a = get("/tenants/sitemap.xml", "X-Tenant", "alpha");
        HttpResponse<String> b = get("/tenants/sitemap.xml", "X-Tenant", "beta");
        assertThat(a.body()).contains("<loc>https://alpha.example/</loc>");
        assertThat(b.body()).contains("<loc>https://beta.example/</loc>");
        assertThat(b.headers().firstValue("X-Route-Cache")).isEmpty();
    }
}
