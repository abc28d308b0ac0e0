package io.routehandlers.tck.arquillian;

import java.io.File;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Adds the implementation under test to every TCK deployment: each jar in the directory named by the
 * {@code routehandlers.tck.implementation} system property goes to {@code WEB-INF/lib}. A runner whose server
 * already provides the implementation (as a shared library) leaves the property unset. It observes
 * {@link BeforeDeploy} because Arquillian's archive processors only see testable deployments, and the TCK's
 * are not.
 */
public class ImplementationJars {

    /** The system property naming the directory of the implementation's jars. */
    public static final String PROPERTY = "routehandlers.tck.implementation";

    public void addJars(@Observes BeforeDeploy event) {
        String dir = System.getProperty(PROPERTY);
        Archive<?> archive = event.getDeployment().getArchive();
        if (dir == null || !(archive instanceof WebArchive war)) {
            return;
        }
        File[] jars = new File(dir).listFiles((d, name) -> name.endsWith(".jar"));
        if (jars == null || jars.length == 0) {
            throw new IllegalStateException("No implementation jars in " + dir + " (-D" + PROPERTY
                    + "): name a directory holding the implementation and the libraries it bundles");
        }
        for (File jar : jars) {
            war.addAsLibrary(jar);
        }
    }
}
