package io.routehandlers.tck.openliberty;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.OverHttp;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-15.7 on Open Liberty with {@code mpFaultTolerance-4.1}: MicroProfile Fault Tolerance's {@code @Timeout} and
 * {@code @Fallback} apply to handlers, as any interceptor binding does.
 */
@ExtendWith(ArquillianExtension.class)
@Spec("S-15.7")
class FaultToleranceTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("faulttolerance", SlowQuotes.class, SlowQuotes.Strict.class);
    }

    @ArquillianResource
    URL base;

    private RouteClient client() {
        return OverHttp.to(base);
    }

    @Test
    void aHandlerThatTimesOutAnswersItsFallback() {
        assertThat(client().get("/quotes/acme").body()).isEqualTo("fresh acme");
        Instant start = Instant.now();
        Reply slow = client().get("/quotes/slow");
        assertThat(slow.status()).isEqualTo(200);
        assertThat(slow.body()).isEqualTo("stale slow");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aTimeoutWithoutFallbackIsAHandlerFailure() {
        Reply strict = client().get("/quotes-strict/acme");
        assertThat(strict.status()).isEqualTo(500);
        assertThat(strict.body()).isEmpty();
    }
}
