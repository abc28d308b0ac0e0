package io.routehandlers.tck.coexistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A WAR whose own Jakarta REST application is mapped at "/" still serves its routes. */
@ExtendWith(ArquillianExtension.class)
@Spec("S-1.5")
class RootApplicationPathTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("rootapp", Status.class, RootApplication.class, PingResource.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void routeAnswersWhenTheWarsApplicationIsAtTheRoot() {
        assertThat(Http.at(base).get("/status").body()).isEqualTo("route status");
    }

    @Test
    void rootApplicationResourceStillAnswers() {
        assertThat(Http.at(base).get("/ping").body()).isEqualTo("rest pong");
    }
}
