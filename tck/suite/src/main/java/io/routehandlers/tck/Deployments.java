package io.routehandlers.tck;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the WARs the TCK deploys. They hold the test's own classes only, with no {@code beans.xml}:
 * routes must be discovered without one (S-1.1). The implementation under test is added by the runner
 * (see {@code tck/README.md}).
 */
public final class Deployments {

    private Deployments() {}

    /** A WAR named {@code name}.war (its context root is {@code /name}) with the given classes. */
    public static WebArchive war(String name, Class<?>... classes) {
        return ShrinkWrap.create(WebArchive.class, name + ".war").addClasses(classes);
    }

    /** Adds {@code META-INF/microprofile-config.properties} with the given lines to a WAR. */
    public static WebArchive withConfig(WebArchive war, String... properties) {
        return war.addAsResource(
                new StringAsset(String.join("\n", properties) + "\n"), "META-INF/microprofile-config.properties");
    }
}
