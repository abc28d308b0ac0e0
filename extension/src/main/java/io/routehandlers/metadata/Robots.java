package io.routehandlers.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code robots.txt} (S-9.3): a handler that returns one answers {@code text/plain} with Next.js's text.
 *
 * <pre>
 * return Robots.of(
 *                 RobotsRule.forAgents("Googlebot").allow("/"),
 *                 RobotsRule.forAgents("Applebot", "Bingbot").disallow("/").crawlDelay(2))
 *         .host("https://shop.example")
 *         .sitemap("https://shop.example/sitemap.xml");
 * </pre>
 *
 * <p>or, step by step, {@code Robots.builder().rule(...).rule(...).host(...).sitemap(...).build()}.
 */
public final class Robots {

    private final List<RobotsRule> rules;
    private final String host;
    private final List<String> sitemaps;

    private Robots(List<RobotsRule> rules, String host, List<String> sitemaps) {
        this.rules = rules;
        this.host = host;
        this.sitemaps = sitemaps;
    }

    /** A robots file of rules, in order. */
    public static Robots of(RobotsRule... rules) {
        return of(List.of(rules));
    }

    /** A robots file of rules, in order. */
    public static Robots of(List<RobotsRule> rules) {
        return new Robots(List.copyOf(Objects.requireNonNull(rules, "rules")), null, List.of());
    }

    /** The site's preferred host: {@code Host}. */
    public Robots host(String value) {
        return new Robots(rules, Values.line(value, "Host"), sitemaps);
    }

    /** A sitemap's absolute URL: one {@code Sitemap} line each, in the order added. */
    public Robots sitemap(String url) {
        List<String> more = new ArrayList<>(sitemaps);
        more.add(Values.line(url, "Sitemap"));
        return new Robots(rules, host, List.copyOf(more));
    }

    /** The rules, in order. */
    public List<RobotsRule> rules() {
        return rules;
    }

    /** The host. */
    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    /** The sitemap URLs, in order. */
    public List<String> sitemaps() {
        return sitemaps;
    }

    /** A builder, for a file assembled step by step. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects rules, the host and sitemaps; {@link #build()} makes the value. */
    public static final class Builder {
        private Robots robots = Robots.of();

        private Builder() {}

        /** Adds a rule after the others. */
        public Builder rule(RobotsRule rule) {
            List<RobotsRule> more = new ArrayList<>(robots.rules);
            more.add(Objects.requireNonNull(rule, "rule"));
            robots = new Robots(List.copyOf(more), robots.host, robots.sitemaps);
            return this;
        }

        /** Sets the host. */
        public Builder host(String value) {
            robots = robots.host(value);
            return this;
        }

        /** Adds a sitemap URL. */
        public Builder sitemap(String url) {
            robots = robots.sitemap(url);
            return this;
        }

        /** The robots file. */
        public Robots build() {
            return robots;
        }
    }
}
