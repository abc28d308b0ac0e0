package io.routehandlers.tck.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * The TCK's Arquillian extension, registered by the TCK jar itself: it records why deployments fail
 * ({@link DeploymentFailureRecorder}) and adds the implementation under test to every deployment
 * ({@link ImplementationJars}).
 */
public class TckExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(DeploymentFailureRecorder.class).observer(ImplementationJars.class);
    }
}
