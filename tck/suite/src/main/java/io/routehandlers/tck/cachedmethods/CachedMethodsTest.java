package io.routehandlers.tck.cachedmethods;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.shared.OverHttp;
import io.routehandlers.tck.shared.RouteClient;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** Cached methods over HTTP, against the server. */
@ExtendWith(ArquillianExtension.class)
class CachedMethodsTest extends CachedMethodsSlice {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(Deployments.war("cachedmethods", CLASSES), CONFIG);
    }

    @ArquillianResource
    URL base;

    @Override
    protected RouteClient client() {
        return OverHttp.to(base);
    }
}
