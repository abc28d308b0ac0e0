package io.routehandlers.tck.shared;

import io.routehandlers.tck.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared slice over HTTP, against the server. */
@ExtendWith(ArquillianExtension.class)
class SharedSliceTest extends SharedSlice {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(Deployments.war("shared", ROUTES), CONFIG);
    }

    @ArquillianResource
    URL base;

    @Override
    protected RouteClient client() {
        return OverHttp.to(base);
    }
}
