package io.routehandlers.tck.openliberty;

import java.io.File;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Adds the implementation under test to every TCK deployment: each jar in the directory named by the
 * {@code routehandlers.tck.implementation} system property goes to {@code WEB-INF/lib}. This is the one
 * thing an implementation provides to run the TCK (see tck/README.md). It observes {@link BeforeDeploy}
 * because Arquillian's archive processors only see testable deployments, and the TCK's are not.
 */
public class ImplementationExtension implements LoadableExtension {

    static final String PROPERTY = "routehandlers.tck.implementation";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(AddImplementation.class);
        builder.observer(ServerLogReasons.class);
    }

    /** The observer that copies the jars. */
    public static class AddImplementation {

        public void addJars(@Observes BeforeDeploy event) {
            Archive<?> archive = event.getDeployment().getArchive();
            if (!(archive instanceof WebArchive war)) {
                return;
            }
            String dir = System.getProperty(PROPERTY);
            File[] jars = dir == null ? null : new File(dir).listFiles((d, name) -> name.endsWith(".jar"));
            if (jars == null || jars.length == 0) {
                throw new IllegalStateException("No implementation jars: set -D" + PROPERTY
                        + " to a directory holding them (was " + dir + ")");
            }
            for (File jar : jars) {
                war.addAsLibrary(jar);
            }
        }
    }
}
