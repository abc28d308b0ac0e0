package io.routehandlers.tck.report;

import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Leaves out the tests that a runner declares its server cannot pass because of a defect of the server's own,
 * documented with its evidence (see docs/tck.md): {@code -Droutehandlers.tck.known-defects=
 * routing.RoutingTest#malformedEscapeAnswers400,...}, names relative to {@code io.routehandlers.tck}. The
 * conformance report marks their rules {@code server defect}, never {@code pass}. Registered with the JUnit
 * Platform by the TCK jar.
 */
public class KnownDefects implements PostDiscoveryFilter {

    static final String PROPERTY = "routehandlers.tck.known-defects";
    private static final String PACKAGE = "io.routehandlers.tck.";

    /** A test this filter left out of the run. */
    record LeftOut(String className, String method) {}

    private static final Set<LeftOut> LEFT_OUT = ConcurrentHashMap.newKeySet();

    @Override
    public FilterResult apply(TestDescriptor test) {
        if (test.getSource().orElse(null) instanceof MethodSource source
                && declared().contains(name(source))) {
            LEFT_OUT.add(new LeftOut(source.getClassName(), source.getMethodName()));
            return FilterResult.excluded("a known defect of the server under test (" + PROPERTY + ")");
        }
        return FilterResult.included("not a known server defect");
    }

    /** The tests left out of this run, for the report: only those the run would otherwise have had. */
    static Set<LeftOut> leftOut() {
        return Set.copyOf(LEFT_OUT);
    }

    /** The declared tests, as {@code routing.RoutingTest#malformedEscapeAnswers400}. */
    private static Set<String> declared() {
        return Arrays.stream(System.getProperty(PROPERTY, "").split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** A test's name in reports and in the property: class relative to the TCK's package, then the method. */
    static String name(MethodSource source) {
        return name(source.getClassName(), source.getMethodName());
    }

    static String name(String className, String method) {
        return (className.startsWith(PACKAGE) ? className.substring(PACKAGE.length()) : className) + "#" + method;
    }
}
