package io.routehandlers.metadata;

import java.util.Locale;

/** How often a page is likely to change: a sitemap entry's {@code <changefreq>}. */
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
