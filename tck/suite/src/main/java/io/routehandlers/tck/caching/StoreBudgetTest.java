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

/**
 * S-8.11: the default store keeps within {@code routehandlers.cache.max-bytes}. With a budget of 20,000 bytes and
 * answers of 1,000 bytes each, no more than 20 of 300 rendered answers can be in the store at once, whatever it
 * chooses to evict.
 */
@ExtendWith(ArquillianExtension.class)
@Spec("S-8.11")
class StoreBudgetTest {

    private static final int BUDGET = 20_000;
    private static final int POSTERS = 300;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war("store-budget", Posters.class), "routehandlers.cache.max-bytes=" + BUDGET);
    }

    @ArquillianResource
    URL base;

    private String cacheLabel(String path) {
        HttpResponse<String> response = Http.at(base).get(path);
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.headers().firstValue("X-Route-Cache").orElse("(none)");
    }

    @Test
    void storeKeepsAnAnswerWhileItFitsTheBudget() {
        assertThat(cacheLabel("/posters/first")).isEqualTo("MISS");
        assertThat(cacheLabel("/posters/first")).isEqualTo("HIT");
    }

    @Test
    void storeHoldsNoMoreAnswersThanTheBudgetAllows() {
        for (int n = 0; n < POSTERS; n++) {
            cacheLabel("/posters/" + n);
        }
        long hits = 0;
        for (int n = 0; n < POSTERS; n++) {
            hits += cacheLabel("/posters/" + n).equals("HIT") ? 1 : 0;
        }
        // Each key is asked for once in this pass, so only answers stored before it can be hits.
        assertThat(hits)
                .as("answers of %s bytes found again after %s were rendered", Posters.BODY_BYTES, POSTERS)
                .isLessThanOrEqualTo(BUDGET / Posters.BODY_BYTES);
    }
}
