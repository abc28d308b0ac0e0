package io.routehandlers.tck.report;

import io.routehandlers.tck.Spec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the conformance report of a TCK run: every rule of the specification with the tests that name it
 * ({@link Spec}) and whether they passed. Registered with the JUnit Platform by the TCK jar; it writes only
 * when the runner names the server ({@code -Droutehandlers.tck.server=...}), to
 * {@code ${routehandlers.tck.report.dir}/conformance-<server>.md}.
 */
public class ConformanceReport implements TestExecutionListener {

    static final String SERVER = "routehandlers.tck.server";
    static final String SERVER_VERSION = "routehandlers.tck.server.version";
    static final String REPORT_DIR = "routehandlers.tck.report.dir";

    private final Map<String, List<Outcome>> outcomes = new ConcurrentHashMap<>();

    /** One test's result for one rule. */
    record Outcome(String test, TestExecutionResult.Status status) {
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!(test.getSource().orElse(null) instanceof MethodSource source)) {
            return;
        }
        String name = source.getClassName().replaceFirst("^io\\.routehandlers\\.tck\\.", "") + "#" + source.getMethodName();
        for (String rule : rules(source)) {
            outcomes.computeIfAbsent(rule, r -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(new Outcome(name, result.getStatus()));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        String server = System.getProperty(SERVER);
        if (server == null || outcomes.isEmpty()) {
            return;
        }
        Path dir = Path.of(System.getProperty(REPORT_DIR, "target"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("conformance-" + server + ".md"), render(server), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the conformance report to " + dir, e);
        }
    }

    String render(String server) {
        StringBuilder out = new StringBuilder("# Conformance report: ").append(server).append("\n\n")
                .append("Server: ").append(server).append(' ').append(System.getProperty(SERVER_VERSION, ""))
                .append(", Java ").append(System.getProperty("java.version")).append(" (the TCK's client JVM), ")
                .append(Instant.now()).append("\n\n| rule | result | tests | failed tests |\n|---|---|---:|---|\n");
        Map<String, List<Outcome>> byRule = new LinkedHashMap<>();
        for (String rule : allRules()) {
            byRule.put(rule, outcomes.getOrDefault(rule, List.of()));
        }
        outcomes.keySet().stream().filter(rule -> !byRule.containsKey(rule)).sorted()
                .forEach(rule -> byRule.put(rule, outcomes.get(rule)));
        int passed = 0;
        int failed = 0;
        int untested = 0;
        for (Map.Entry<String, List<Outcome>> entry : byRule.entrySet()) {
            List<Outcome> list = entry.getValue();
            List<String> failures = list.stream().filter(o -> o.status() != TestExecutionResult.Status.SUCCESSFUL)
                    .map(Outcome::test).distinct().toList();
            String result = list.isEmpty() ? "no test" : failures.isEmpty() ? "pass" : "FAIL";
            passed += result.equals("pass") ? 1 : 0;
            failed += result.equals("FAIL") ? 1 : 0;
            untested += list.isEmpty() ? 1 : 0;
            out.append("| ").append(entry.getKey()).append(" | ").append(result).append(" | ").append(list.size())
                    .append(" | ").append(String.join(", ", failures)).append(" |\n");
        }
        out.append("\n").append(passed).append(" rules pass, ").append(failed).append(" fail, ").append(untested)
                .append(" have no test in this run.\n");
        return out.toString();
    }

    private static List<String> rules(MethodSource source) {
        List<String> rules = new ArrayList<>();
        try {
            Class<?> type = Class.forName(source.getClassName(), false, Thread.currentThread().getContextClassLoader());
            Spec onClass = type.getAnnotation(Spec.class);
            if (onClass != null) {
                rules.addAll(List.of(onClass.value()));
            }
            for (Method method : type.getDeclaredMethods()) {
                Spec onMethod = method.getAnnotation(Spec.class);
                if (method.getName().equals(source.getMethodName()) && onMethod != null) {
                    rules.addAll(List.of(onMethod.value()));
                }
            }
        } catch (ClassNotFoundException e) {
            return List.of();
        }
        return rules.stream().distinct().toList();
    }

    /** Every rule id of the specification, in order. */
    static List<String> allRules() {
        try (InputStream in = ConformanceReport.class.getResourceAsStream("/META-INF/routehandlers-tck/rules.txt")) {
            return in == null ? List.of()
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
