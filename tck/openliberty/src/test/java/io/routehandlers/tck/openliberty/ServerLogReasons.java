package io.routehandlers.tck.openliberty;

import io.routehandlers.tck.DeploymentFailures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * Adds Open Liberty's logged reason to a failed deployment. The Liberty adapter reports failures of the
 * CDI phase with their message, but a web module that fails to initialize (SRVE0283E, then "was not
 * started") only as a timeout; the reason is in {@code messages.log}, which this observer reads.
 */
public class ServerLogReasons {

    static final String LOG = "routehandlers.tck.liberty.log";

    @Inject
    private Instance<TestClass> testClass;

    public void addReason(@Observes(precedence = -2000) EventContext<DeployDeployment> context) throws Exception {
        Path log = Path.of(System.getProperty(LOG, "messages.log"));
        long before = Files.exists(log) ? Files.size(log) : 0;
        try {
            context.proceed();
        } catch (Exception failure) {
            if (testClass.get() != null) {
                DeploymentFailures.record(testClass.get().getJavaClass(), errorsLoggedSince(log, before));
            }
            throw failure;
        }
    }

    /** The error lines the server logged during this deployment (the log only grows while tests run). */
    private static String errorsLoggedSince(Path log, long offset) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(offset, all.length);
        List<String> lines = new String(all, from, all.length - from, StandardCharsets.UTF_8).lines().toList();
        return lines.stream().filter(line -> line.contains(" E SRVE0283E") || line.contains(" E CWWKZ0002E"))
                .collect(Collectors.joining("\n"));
    }
}
