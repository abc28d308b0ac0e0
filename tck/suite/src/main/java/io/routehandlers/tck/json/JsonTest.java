package io.routehandlers.tck.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.OverHttp;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's JSON-B over HTTP: a route and a Jakarta REST resource answer the same bytes. */
@ExtendWith(ArquillianExtension.class)
class JsonTest extends JsonSlice {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("json", ROUTES).addClasses(LinesResource.class, LinesApplication.class);
    }

    @ArquillianResource
    URL base;

    @Override
    protected RouteClient client() {
        return OverHttp.to(base);
    }

    @Test
    @Spec({"S-15.6", "S-13.1"})
    void theOpenApiSchemaOfARouteShowsTheSameNames() throws Exception {
        URL root = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
        HttpResponse<String> document = Http.at(root)
                .send(Http.at(root)
                        .request("/openapi")
                        .header("Accept", "application/json")
                        .GET()
                        .build());
        assertThat(document.statusCode()).as("the server's /openapi").isEqualTo(200);
        String json = document.body().replaceAll("\\s+", "");
        assertThat(json).contains("/lines/{product}\"", "\"product_name\"", "\"unit_count\"", "\"gift_note\"");
    }

    @Test
    @Spec("S-15.6")
    void aRouteAndAJakartaRestResourceAnswerTheSameBytes() {
        Reply route = client().get("/lines/lamp");
        Reply resource = client().get("/rest/lines/lamp");
        assertThat(resource.status()).isEqualTo(200);
        assertThat(route.body()).isEqualTo(resource.body());
    }
}
