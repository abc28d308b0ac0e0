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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the conformance report of a TCK run: every rule of the specification with the tests that name it
 * ({@link Spec}) and whether they passed, or were left out as a known defect of the server ({@link KnownDefects}).
 * Registered with the JUnit Platform by the TCK jar; it writes only when the runner names the server
 * ({@code -Droutehandlers.tck.server=...}), to {@code ${routehandlers.tck.report.dir}/conformance-<server>-java<n>.md},
 * where {@code n} is the feature version of the JDK the server runs on ({@code routehandlers.tck.server.java.home}).
 */
public class ConformanceReport implements TestExecutionListener {

    static final String SERVER = "routehandlers.tck.server";
    static final String SERVER_VERSION = "routehandlers.tck.server.version";
    static final String SERVER_JAVA_HOME = "routehandlers.tck.server.java.home";
    static final String REPORT_DIR = "routehandlers.tck.report.dir";

    /** Where the TCK jar holds the specification it verifies. */
    static final String SPECIFICATION = "/META-INF/routehandlers-tck/specification.md";
    /** The copy of the specification written beside each report, which the report's rule ids link to. */
    static final String SPECIFICATION_COPY = "specification.md";

    private static final Pattern RULE_ANCHOR = Pattern.compile("<a id=\"(S-\\d+\\.\\d+)\"></a>");

    private final Map<String, List<Outcome>> outcomes = new ConcurrentHashMap<>();

    /** How one test ended. */
    enum Status {
        PASSED,
        FAILED,
        SERVER_DEFECT
    }

    /** One test's result for one rule. */
    record Outcome(String test, Status status) {}

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.getSource().orElse(null) instanceof MethodSource source) {
            add(
                    source.getClassName(),
                    source.getMethodName(),
                    result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? Status.PASSED : Status.FAILED);
        }
    }

    private void add(String className, String method, Status status) {
        for (String rule : rules(className, method)) {
            outcomes.computeIfAbsent(rule, r -> new CopyOnWriteArrayList<>())
                    .add(new Outcome(KnownDefects.name(className, method), status));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        String server = System.getProperty(SERVER);
        if (server == null || outcomes.isEmpty()) {
            return;
        }
        for (KnownDefects.LeftOut test : KnownDefects.leftOut()) {
            add(test.className(), test.method(), Status.SERVER_DEFECT);
        }
        Optional<String> java = serverJava();
        String file = "conformance-" + server
                + java.map(v -> "-java" + v.split("[.+-]")[0]).orElse("") + ".md";
        Path dir = Path.of(System.getProperty(REPORT_DIR, "target"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(file), render(server, java.orElse("unknown")), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(SPECIFICATION_COPY), specification(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the conformance report to " + dir, e);
        }
    }

    /** The version of the JDK the server runs on, from the {@code release} file of its home. */
    private static Optional<String> serverJava() {
        String home = System.getProperty(SERVER_JAVA_HOME);
        if (home == null) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(Path.of(home, "release")).stream()
                    .filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", ""))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    String render(String server, String serverJava) {
        StringBuilder out = new StringBuilder("# Conformance report: ")
                .append(server)
                .append("\n\n")
                .append("Server: ")
                .append(server)
                .append(' ')
                .append(System.getProperty(SERVER_VERSION, ""))
                .append(" on Java ")
                .append(serverJava)
                .append("; TCK client on Java ")
                .append(System.getProperty("java.version"))
                .append("; ")
                .append(Instant.now())
                .append("\n\n| rule | result | tests | failed or left out |\n|---|---|---:|---|\n");
        Map<String, List<Outcome>> byRule = new LinkedHashMap<>();
        for (String rule : allRules()) {
            byRule.put(rule, outcomes.getOrDefault(rule, List.of()));
        }
        outcomes.keySet().stream()
                .filter(rule -> !byRule.containsKey(rule))
                .sorted()
                .forEach(rule -> byRule.put(rule, outcomes.get(rule)));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, List<Outcome>> entry : byRule.entrySet()) {
            List<Outcome> list = entry.getValue();
            List<String> failed = tests(list, Status.FAILED);
            List<String> defects = tests(list, Status.SERVER_DEFECT);
            String result = list.isEmpty()
                    ? "no test"
                    : !failed.isEmpty() ? "FAIL" : !defects.isEmpty() ? "server defect" : "pass";
            counts.merge(result, 1, Integer::sum);
            List<String> notPassed = new ArrayList<>(failed);
            defects.forEach(test -> notPassed.add(test + " (server defect)"));
            out.append("| [")
                    .append(entry.getKey())
                    .append("](")
                    .append(SPECIFICATION_COPY)
                    .append('#')
                    .append(entry.getKey())
                    .append(") | ")
                    .append(result)
                    .append(" | ")
                    .append(list.size())
                    .append(" | ")
                    .append(String.join(", ", notPassed))
                    .append(" |\n");
        }
        out.append("\nRules: ")
                .append(counts.getOrDefault("pass", 0))
                .append(" pass, ")
                .append(counts.getOrDefault("FAIL", 0))
                .append(" fail, ")
                .append(counts.getOrDefault("server defect", 0))
                .append(" pass except for a known server defect, ")
                .append(counts.getOrDefault("no test", 0))
                .append(" have no test in this run.\n");
        return out.toString();
    }

    private static List<String> tests(List<Outcome> outcomes, Status status) {
        return outcomes.stream()
                .filter(o -> o.status() == status)
                .map(Outcome::test)
                .distinct()
                .toList();
    }

    /**
     * The rules a test names: on its class, and on its method, which a slice's runner inherits from the slice (a
     * {@code FiltersTest} runs {@code FiltersSlice}'s tests).
     */
    static List<String> rules(String className, String methodName) {
        List<String> rules = new ArrayList<>();
        try {
            Class<?> type =
                    Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            Spec onClass = type.getAnnotation(Spec.class);
            if (onClass != null) {
                rules.addAll(List.of(onClass.value()));
            }
            for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
                for (Method method : declaring.getDeclaredMethods()) {
                    Spec onMethod = method.getAnnotation(Spec.class);
                    if (method.getName().equals(methodName) && onMethod != null) {
                        rules.addAll(List.of(onMethod.value()));
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            return List.of();
        }
        return rules.stream().distinct().toList();
    }

    /** Every rule id of the specification, in the order of the document: each rule starts with its anchor. */
    static List<String> allRules() {
        Matcher anchors = RULE_ANCHOR.matcher(specification());
        List<String> rules = new ArrayList<>();
        while (anchors.find()) {
            rules.add(anchors.group(1));
        }
        return rules;
    }

    /** The specification the TCK was built from, packaged in its jar. */
    static String specification() {
        try (InputStream in = ConformanceReport.class.getResourceAsStream(SPECIFICATION)) {
            if (in == null) {
                throw new IllegalStateException("The TCK jar has no " + SPECIFICATION);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
