package io.routehandlers.tck.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class SplitMetadataTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war("splitmetadata", ProductSitemaps.class, Cards.class),
                "routehandlers.metadata.base-url=https://example.com");
    }

    @ArquillianResource
    URL base;

    @Test
    @Spec("S-9.2")
    void eachIdIsASitemapAndTheRouteUrlIsTheIndex() {
        HttpResponse<String> child = Http.at(base).get("/products/sitemap/1.xml");
        assertThat(child.statusCode()).isEqualTo(200);
        assertThat(child.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        assertThat(child.body()).contains("<loc>https://example.com/products/1</loc>");
        HttpResponse<String> index = Http.at(base).get("/products/sitemap.xml");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).isEqualTo("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                        <sitemap>
                        <loc>https://example.com/products/sitemap/0.xml</loc>
                        </sitemap>
                        <sitemap>
                        <loc>https://example.com/products/sitemap/1.xml</loc>
                        </sitemap>
                        </sitemapindex>
                        """);
    }

    @Test
    @Spec("S-9.2")
    void anIdNotListedAndAChildWithoutXmlAre404() {
        assertThat(Http.at(base).get("/products/sitemap/2.xml").statusCode()).isEqualTo(404);
        assertThat(Http.at(base).get("/products/sitemap/0").statusCode()).isEqualTo(404);
    }

    @Test
    @Spec({"S-9.5", "S-9.6"})
    void imageIsAPngOfItsDeclaredSizeOnePerId() {
        HttpResponse<byte[]> large = Http.at(base)
                .sendBytes(Http.at(base).request("/cards/card/large.png").GET().build());
        assertThat(large.statusCode()).isEqualTo(200);
        assertThat(large.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(large.headers().firstValue("Cache-Control")).contains("public, max-age=0, must-revalidate");
        byte[] png = large.body();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        // The IHDR chunk follows the signature: its length and type, then the width and height.
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        assertThat(header.getInt()).as("width").isEqualTo(240);
        assertThat(header.getInt()).as("height").isEqualTo(126);
        assertThat(Http.at(base).get("/cards/card/medium.png").statusCode()).isEqualTo(404);
    }
}
