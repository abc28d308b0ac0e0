package io.routehandlers.tck.openliberty;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.OverHttp;
import io.routehandlers.tck.shared.Reply;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-13.6 on Open Liberty with {@code mpHealth-4.0}: the server's {@code /health/ready} lists the {@code routehandlers}
 * check, up once the web module started, with the answer store and its state.
 */
@ExtendWith(ArquillianExtension.class)
@Spec("S-13.6")
class ReadinessTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("readiness", Greeting.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void theReadinessCheckIsUpWithTheStoreAndItsState() throws Exception {
        assertThat(OverHttp.to(base).get("/greeting").status()).isEqualTo(200);
        URL root = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
        Reply ready = OverHttp.to(root).get("/health/ready");
        String json = ready.body().replaceAll("\\s+", "");
        assertThat(ready.status()).as("the server's readiness: %s", json).isEqualTo(200);
        assertThat(json)
                .contains("\"name\":\"routehandlers\"")
                .contains("\"started\":true")
                .contains("\"store\":\"inmemory\"")
                .contains("\"store-state\":\"healthy\"");
        assertThat(json)
                .containsPattern(
                        "\"name\":\"routehandlers\",\"status\":\"UP\"|\"status\":\"UP\"[^}]*\"name\":\"routehandlers\"");
    }
}
