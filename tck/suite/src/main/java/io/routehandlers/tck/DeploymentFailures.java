package io.routehandlers.tck;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of each failed deployment, by test class, recorded by the TCK's Arquillian extension so that a
 * broken-deployment test can assert why its deployment failed (S-7.1), not only that it did.
 */
public final class DeploymentFailures {

    private static final Map<Class<?>, String> FAILURES = new ConcurrentHashMap<>();

    private DeploymentFailures() {}

    /** Records the failure of a test class's deployment. */
    public static void record(Class<?> testClass, String text) {
        FAILURES.merge(testClass, text, (a, b) -> a + "\n" + b);
    }

    /**
     * The failure text of a test class's deployment: the exception and its causes, as the server reported
     * them to Arquillian, then what the server logged during the deployment (when the runner names its log).
     *
     * @return the text, or an empty string when no deployment of the class failed
     */
    public static String of(Class<?> testClass) {
        return FAILURES.getOrDefault(testClass, "");
    }
}
