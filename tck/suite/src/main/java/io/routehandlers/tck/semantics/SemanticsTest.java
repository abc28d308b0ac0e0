package io.routehandlers.tck.semantics;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.shared.OverHttp;
import io.routehandlers.tck.shared.RouteClient;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** HTTP semantics over HTTP, against the server. */
@ExtendWith(ArquillianExtension.class)
class SemanticsTest extends SemanticsSlice {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(Deployments.war("semantics", CLASSES), CONFIG);
    }

    @ArquillianResource
    URL base;

    @Override
    protected RouteClient client() {
        return OverHttp.to(base);
    }
}
