package io.routehandlers.tck.coexistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@Spec("S-1.5")
class CoexistenceTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(
                        "coexistence",
                        Status.class,
                        Catalog.class,
                        PageRoute.class,
                        ApiRoute.class,
                        GreetingServlet.class,
                        ShopApplication.class,
                        PingResource.class)
                .addAsWebResource(new StringAsset("static hello"), "hello.txt")
                .addAsWebResource(new StringAsset("static about"), "pages/about.html")
                .addAsWebResource(new StringAsset("nested static"), "assets/site.css");
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String path) {
        return Http.at(base).get(path);
    }

    @Test
    void routeAnswersBesideTheWarsOwnApplication() {
        assertThat(get("/status").body()).isEqualTo("route status");
    }

    @Test
    void routesAreNotMovedUnderTheApplicationPath() {
        assertThat(get("/catalog").body()).isEqualTo("route catalog");
        assertThat(get("/api/catalog").body()).isEqualTo("route api catalog");
    }

    @Test
    void staticFilesStillAnswer() {
        assertThat(get("/hello.txt").body()).isEqualTo("static hello");
        assertThat(get("/assets/site.css").body()).isEqualTo("nested static");
    }

    @Test
    void staticFileWinsOverADynamicRouteThatWouldMatchIt() {
        assertThat(get("/pages/about.html").body()).isEqualTo("static about");
        assertThat(get("/pages/contact").body()).isEqualTo("route page contact");
    }

    @Test
    void servletStillAnswers() {
        assertThat(get("/servlet/greeting").body()).isEqualTo("servlet greeting");
    }

    @Test
    void warsOwnJakartaRestResourceStillAnswers() {
        assertThat(get("/api/ping").body()).isEqualTo("rest pong");
    }

    @Test
    void literalJakartaRestPathWinsOverADynamicRoute() {
        assertThat(get("/api/ping").body()).isEqualTo("rest pong");
        assertThat(get("/api/other").body()).isEqualTo("route api other");
    }

    @Test
    void internalDispatchPathIsNotReachableFromOutside() {
        assertThat(get("/_routehandlers/dispatch/sync").statusCode()).isEqualTo(404);
    }
}
