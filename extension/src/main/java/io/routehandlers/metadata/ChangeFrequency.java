package io.routehandlers.metadata;

import java.util.Locale;

/**
 * How often a page is likely to change: a sitemap entry's {@code <changefreq>}.
 *
 * <pre>
 * SitemapEntry.of("https://shop.example/news").changeFrequency(ChangeFrequency.HOURLY);   // &lt;changefreq&gt;hourly
 * </pre>
 */
public enum ChangeFrequency {
    ALWAYS,
    HOURLY,
    DAILY,
    WEEKLY,
    MONTHLY,
    YEARLY,
    NEVER;

    /** The value as a sitemap writes it, such as {@code weekly}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
