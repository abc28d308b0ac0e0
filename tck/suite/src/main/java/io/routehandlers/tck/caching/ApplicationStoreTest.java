package io.routehandlers.tck.caching;

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

/** S-8.11: an application bean implementing {@code ResponseCacheStore} replaces the in-memory store. */
@ExtendWith(ArquillianExtension.class)
@Spec("S-8.11")
class ApplicationStoreTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(
                "application-store", ShelfStore.class, Headlines.class, ShelfContents.class, Publisher.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void cachedAnswersAreKeptInTheApplicationsStore() {
        HttpResponse<String> headlines = Http.at(base).get("/headlines");
        assertThat(headlines.headers().firstValue("X-Route-Cache")).contains("HIT");
        assertThat(Http.at(base).get("/shelf").body()).startsWith("keys=[/headlines]");
    }

    @Test
    void onDemandRevalidationReachesTheApplicationsStore() {
        String before = Http.at(base).get("/headlines").body();
        assertThat(Http.at(base).method("POST", "/publish?tag=news").statusCode())
                .isEqualTo(204);
        assertThat(Http.at(base).get("/shelf").body()).contains("Tag[tag=news]");
        HttpResponse<String> after = Http.at(base).get("/headlines");
        assertThat(after.headers().firstValue("X-Route-Cache")).contains("REVALIDATED");
        assertThat(after.body()).isNotEqualTo(before);
    }
}
