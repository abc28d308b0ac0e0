package io.routehandlers.metadata;

import java.util.List;
import java.util.Objects;

/**
 * A sitemap (S-9.1): a handler that returns one answers {@code application/xml} with Next.js's
 * {@code sitemap.xml} bytes, every value XML-escaped.
 *
 * <pre>
 * &#64;Route("/sitemap.xml")
 * public class SitemapRoute {
 *     &#64;Inject Catalogue catalogue;
 *
 *     &#64;GET
 *     public Sitemap get() {
 *         return Sitemap.of(catalogue.items().stream()
 *                 .map(item -&gt; SitemapEntry.of("https://shop.example/items/" + item.slug())
 *                         .lastModified(item.updated())
 *                         .changeFrequency(ChangeFrequency.WEEKLY))
 *                 .toList());
 *     }
 * }
 * </pre>
 */
public final class Sitemap {

    /** The most entries one sitemap may have (sitemaps.org); a sitemap with more fails its render. */
    public static final int MAX_ENTRIES = 50_000;

    private final List<SitemapEntry> entries;

    private Sitemap(List<SitemapEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A sitemap of entries, in the order given. */
    public static Sitemap of(List<SitemapEntry> entries) {
        return new Sitemap(Objects.requireNonNull(entries, "entries"));
    }

    /** A sitemap of entries, in the order given. */
    public static Sitemap of(SitemapEntry... entries) {
        return of(List.of(entries));
    }

    /** The entries, in order. */
    public List<SitemapEntry> entries() {
        return entries;
    }
}
