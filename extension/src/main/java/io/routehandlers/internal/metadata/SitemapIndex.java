package io.routehandlers.internal.metadata;

import java.util.List;

/**
 * The index of a split sitemap (S-9.2), which the extension answers at the route's own URL from its ids.
 *
 * @param urls the child sitemaps' absolute URLs, in the order of the ids
 */
public record SitemapIndex(List<String> urls) {

    public SitemapIndex {
        urls = List.copyOf(urls);
    }
}
