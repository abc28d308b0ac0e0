package io.routehandlers.tck.fuzz;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Spec;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link HostileRequests} against the routes with the default settings: error answers have empty bodies. */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-3.5", "S-4.5"})
class FuzzTest extends HostileRequests {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("fuzz", Parcels.class, Parcels.Forward.class);
    }

    @ArquillianResource
    URL base;

    @Override
    protected URL base() {
        return base;
    }
}
