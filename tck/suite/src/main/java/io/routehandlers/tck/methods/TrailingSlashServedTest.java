package io.routehandlers.tck.methods;

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

@ExtendWith(ArquillianExtension.class)
class TrailingSlashServedTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(Deployments.war("trailing", Notes.class), "routehandlers.trailing-slash=true");
    }

    @ArquillianResource
    URL base;

    @Test
    @Spec("S-1.6")
    void trailingSlashConfigServesBothForms() {
        assertThat(Http.at(base).get("/notes/").body()).isEqualTo("notes");
        assertThat(Http.at(base).get("/notes").body()).isEqualTo("notes");
    }
}
