package io.routehandlers.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The log file of the server under test, which a runner names with {@code -Droutehandlers.tck.server.log=...}
 * (Open Liberty: {@code messages.log}; WildFly: {@code standalone/log/server.log}; Payara:
 * {@code domains/domain1/logs/server.log}). The TCK reads what the server logged while a test class's WAR
 * was deployed and after: the route table (S-7.3), and the reasons of failed deployments that an adapter
 * reports only as a timeout.
 */
public final class ServerLog {

    /** The system property naming the server's log file. */
    public static final String PROPERTY = "routehandlers.tck.server.log";

    private static final Map<Class<?>, Long> DEPLOYMENT_STARTS = new ConcurrentHashMap<>();

    private ServerLog() {}

    /** The log file, when the runner named one. */
    public static Optional<Path> file() {
        return Optional.ofNullable(System.getProperty(PROPERTY)).map(Path::of);
    }

    /** Notes where the log ends as a test class's WAR starts to deploy. Called by the TCK's Arquillian extension. */
    public static void markDeployment(Class<?> testClass) {
        file().ifPresent(log -> DEPLOYMENT_STARTS.put(testClass, size(log)));
    }

    /** What the server logged since the test class's WAR started to deploy; empty without a log file. */
    public static String since(Class<?> testClass) {
        Optional<Path> log = file();
        if (log.isEmpty() || !Files.exists(log.get())) {
            return "";
        }
        try {
            byte[] all = Files.readAllBytes(log.get());
            long mark = DEPLOYMENT_STARTS.getOrDefault(testClass, 0L);
            // A log shorter than the mark was rotated since: all of the new file came after it.
            int from = mark > all.length ? 0 : (int) mark;
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the server log " + log.get(), e);
        }
    }

    /**
     * Waits until what the server logged since the test class's deployment satisfies {@code done} (servers may
     * write their log a little after the event), for at most {@code limit}.
     *
     * @return the logged text, whether or not it satisfied {@code done} in time
     */
    public static String awaitSince(Class<?> testClass, Duration limit, Predicate<String> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String text = since(testClass);
        while (!done.test(text) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            text = since(testClass);
        }
        return text;
    }

    private static long size(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the server log " + log, e);
        }
    }
}
