package io.routehandlers.metadata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One {@code <url>} of a {@link Sitemap}: a URL and what a crawler may know of it.
 *
 * <pre>
 * SitemapEntry.of("https://shop.example/items/lamp")
 *         .lastModified(Instant.parse("2026-04-06T15:02:24.021Z"))
 *         .changeFrequency(ChangeFrequency.WEEKLY)
 *         .priority(0.8)
 *         .alternate("es", "https://shop.example/es/items/lamp")
 *         .image("https://shop.example/lamp.jpg");
 * </pre>
 */
public final class SitemapEntry {

    private final String url;
    private final String lastModified;
    private final ChangeFrequency changeFrequency;
    private final Double priority;
    private final Map<String, String> alternates;
    private final List<String> images;
    private final List<SitemapVideo> videos;

    private SitemapEntry(
            String url,
            String lastModified,
            ChangeFrequency changeFrequency,
            Double priority,
            Map<String, String> alternates,
            List<String> images,
            List<SitemapVideo> videos) {
        this.url = url;
        this.lastModified = lastModified;
        this.changeFrequency = changeFrequency;
        this.priority = priority;
        this.alternates = alternates;
        this.images = images;
        this.videos = videos;
    }

    /** An entry for a page's absolute URL. */
    public static SitemapEntry of(String url) {
        return new SitemapEntry(Values.xml(url, "url"), null, null, null, Map.of(), List.of(), List.of());
    }

    /** When the page last changed, written as ISO-8601 UTC with milliseconds: {@code 2026-04-06T15:02:24.021Z}. */
    public SitemapEntry lastModified(Instant instant) {
        return lastModified(Values.iso(instant));
    }

    /** When the page last changed, written as given (a W3C date such as {@code 2026-04-06}). */
    public SitemapEntry lastModified(String date) {
        return new SitemapEntry(
                url, Values.xml(date, "lastModified"), changeFrequency, priority, alternates, images, videos);
    }

    /** How often the page is likely to change. */
    public SitemapEntry changeFrequency(ChangeFrequency frequency) {
        return new SitemapEntry(
                url,
                lastModified,
                Objects.requireNonNull(frequency, "frequency"),
                priority,
                alternates,
                images,
                videos);
    }

    /**
     * The page's priority relative to the site's other pages.
     *
     * @throws IllegalArgumentException unless it is between 0 and 1
     */
    public SitemapEntry priority(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(
                    "A sitemap priority is between 0 and 1, not " + value + " (" + url + ")");
        }
        return new SitemapEntry(url, lastModified, changeFrequency, value, alternates, images, videos);
    }

    /** The page in another language: an {@code <xhtml:link rel="alternate">}, such as {@code es} or {@code x-default}. */
    public SitemapEntry alternate(String language, String alternateUrl) {
        Map<String, String> more = new LinkedHashMap<>(alternates);
        more.put(Values.xml(language, "language"), Values.xml(alternateUrl, "alternateUrl"));
        return new SitemapEntry(
                url, lastModified, changeFrequency, priority, Collections.unmodifiableMap(more), images, videos);
    }

    /** An image on the page, by its URL. */
    public SitemapEntry image(String imageUrl) {
        return new SitemapEntry(
                url,
                lastModified,
                changeFrequency,
                priority,
                alternates,
                plus(images, Values.xml(imageUrl, "imageUrl"), "imageUrl"),
                videos);
    }

    /** A video on the page. */
    public SitemapEntry video(SitemapVideo video) {
        return new SitemapEntry(
                url, lastModified, changeFrequency, priority, alternates, images, plus(videos, video, "video"));
    }

    private static <T> List<T> plus(List<T> list, T item, String name) {
        List<T> more = new ArrayList<>(list);
        more.add(Objects.requireNonNull(item, name));
        return List.copyOf(more);
    }

    /** The page's URL. */
    public String url() {
        return url;
    }

    /** The last change as it is written. */
    public Optional<String> lastModified() {
        return Optional.ofNullable(lastModified);
    }

    /** The change frequency. */
    public Optional<ChangeFrequency> changeFrequency() {
        return Optional.ofNullable(changeFrequency);
    }

    /** The priority. */
    public OptionalDouble priority() {
        return priority == null ? OptionalDouble.empty() : OptionalDouble.of(priority);
    }

    /** The alternates, language to URL, in the order added. */
    public Map<String, String> alternates() {
        return alternates;
    }

    /** The image URLs, in order. */
    public List<String> images() {
        return images;
    }

    /** The videos, in order. */
    public List<SitemapVideo> videos() {
        return videos;
    }
}
