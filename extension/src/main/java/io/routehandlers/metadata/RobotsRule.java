package io.routehandlers.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One group of a {@link Robots} file: the user agents it applies to and what they may crawl.
 *
 * <pre>
 * RobotsRule.forAgents("Applebot", "Bingbot").disallow("/").crawlDelay(2);
 * RobotsRule.forAll().allow("/").disallow("/admin").directive("Clean-param", "ref /articles/");
 * </pre>
 *
 * <p>Every value is one line: a value with CR or LF throws {@link IllegalArgumentException}.
 */
public final class RobotsRule {

    private final List<String> agents;
    private final List<String> allow;
    private final List<String> disallow;
    private final String crawlDelay;
    private final List<Map.Entry<String, String>> directives;

    private RobotsRule(
            List<String> agents,
            List<String> allow,
            List<String> disallow,
            String crawlDelay,
            List<Map.Entry<String, String>> directives) {
        this.agents = agents;
        this.allow = allow;
        this.disallow = disallow;
        this.crawlDelay = crawlDelay;
        this.directives = directives;
    }

    /** A rule for every crawler: {@code User-Agent: *}. */
    public static RobotsRule forAll() {
        return forAgents("*");
    }

    /**
     * A rule for some crawlers, one {@code User-Agent} line each.
     *
     * @throws IllegalArgumentException without an agent
     */
    public static RobotsRule forAgents(String... agents) {
        if (agents.length == 0) {
            throw new IllegalArgumentException("A robots rule names at least one user agent; forAll() is *");
        }
        List<String> names = new ArrayList<>();
        for (String agent : agents) {
            names.add(Values.line(agent, "User-Agent"));
        }
        return new RobotsRule(List.copyOf(names), List.of(), List.of(), null, List.of());
    }

    /** Paths the agents may crawl: one {@code Allow} line each. */
    public RobotsRule allow(String... paths) {
        return new RobotsRule(agents, plus(allow, paths, "Allow"), disallow, crawlDelay, directives);
    }

    /** Paths the agents may not crawl: one {@code Disallow} line each. */
    public RobotsRule disallow(String... paths) {
        return new RobotsRule(agents, allow, plus(disallow, paths, "Disallow"), crawlDelay, directives);
    }

    /**
     * Seconds between two requests: {@code Crawl-delay}.
     *
     * @throws IllegalArgumentException unless it is positive
     */
    public RobotsRule crawlDelay(double seconds) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("A crawl delay is a positive number of seconds, not " + seconds);
        }
        return new RobotsRule(agents, allow, disallow, Values.decimal(seconds), directives);
    }

    /** Any other directive of the group, written {@code name: value} after the others, in the order added. */
    public RobotsRule directive(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(directives);
        more.add(Map.entry(Values.line(name, "directive name"), Values.line(value, name)));
        return new RobotsRule(agents, allow, disallow, crawlDelay, List.copyOf(more));
    }

    private static List<String> plus(List<String> list, String[] values, String name) {
        List<String> more = new ArrayList<>(list);
        for (String value : values) {
            more.add(Values.line(value, name));
        }
        return List.copyOf(more);
    }

    /** The user agents. */
    public List<String> agents() {
        return agents;
    }

    /** The allowed paths. */
    public List<String> allowed() {
        return allow;
    }

    /** The disallowed paths. */
    public List<String> disallowed() {
        return disallow;
    }

    /** The crawl delay as written, such as {@code 2} or {@code 0.5}. */
    public Optional<String> crawlDelay() {
        return Optional.ofNullable(crawlDelay);
    }

    /** The other directives, in order. */
    public List<Map.Entry<String, String>> directives() {
        return directives;
    }
}
