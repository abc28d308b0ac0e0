package io.routehandlers.metadata;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <video:video>} of a {@link SitemapEntry} (Google's video sitemap extension): a title, a thumbnail and a
 * description, and optional details written in Next.js's order.
 *
 * <pre>
 * SitemapVideo.of("Lamp assembly", "https://shop.example/lamp-thumb.jpg", "Five minutes to light")
 *         .contentLoc("https://shop.example/lamp.mp4")
 *         .duration(300)
 *         .familyFriendly(true)
 *         .restriction(SitemapVideo.Relationship.ALLOW, "IE GB US CA");
 * </pre>
 */
public final class SitemapVideo {

    /** Whether a restriction or platform list names what is allowed or what is denied. */
    public enum Relationship {
        ALLOW,
        DENY;

        String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One optional element as written: {@code <video:name attribute="value">content</video:name>}.
     *
     * @param name the element name without its prefix, such as {@code duration}
     * @param attribute the attribute's name, or empty
     * @param attributeValue the attribute's value, empty when there is no attribute
     * @param content the element's text
     */
    public record Element(String name, Optional<String> attribute, Optional<String> attributeValue, String content) {
        public Element {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(attributeValue, "attributeValue");
            Values.xml(content, name);
            attributeValue.ifPresent(value -> Values.xml(value, name + " " + attribute.orElse("attribute")));
        }
    }

    /** The optional elements, declared in the order a sitemap writes them. */
    private enum Field {
        CONTENT_LOC,
        PLAYER_LOC,
        DURATION,
        VIEW_COUNT,
        TAG,
        RATING,
        EXPIRATION_DATE,
        PUBLICATION_DATE,
        FAMILY_FRIENDLY,
        REQUIRES_SUBSCRIPTION,
        LIVE,
        RESTRICTION,
        PLATFORM,
        UPLOADER;

        String element() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String title;
    private final String thumbnailLoc;
    private final String description;
    private final EnumMap<Field, Element> optional;

    private SitemapVideo(String title, String thumbnailLoc, String description, EnumMap<Field, Element> optional) {
        this.title = title;
        this.thumbnailLoc = thumbnailLoc;
        this.description = description;
        this.optional = optional;
    }

    /** A video with what every video needs. */
    public static SitemapVideo of(String title, String thumbnailLoc, String description) {
        return new SitemapVideo(
                Values.xml(title, "title"),
                Values.xml(thumbnailLoc, "thumbnailLoc"),
                Values.xml(description, "description"),
                new EnumMap<>(Field.class));
    }

    private SitemapVideo with(Field field, String content) {
        return with(field, null, null, content);
    }

    private SitemapVideo with(Field field, String attribute, String attributeValue, String content) {
        EnumMap<Field, Element> more = new EnumMap<>(optional);
        more.put(
                field,
                new Element(
                        field.element(),
                        Optional.ofNullable(attribute),
                        Optional.ofNullable(attributeValue),
                        Values.xml(content, field.element())));
        return new SitemapVideo(title, thumbnailLoc, description, more);
    }

    /** The URL of the video file itself. */
    public SitemapVideo contentLoc(String url) {
        return with(Field.CONTENT_LOC, url);
    }

    /** The URL of a player for the video. */
    public SitemapVideo playerLoc(String url) {
        return with(Field.PLAYER_LOC, url);
    }

    /**
     * The length in seconds.
     *
     * @throws IllegalArgumentException unless it is positive
     */
    public SitemapVideo duration(int seconds) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("A video duration is a positive number of seconds, not " + seconds);
        }
        return with(Field.DURATION, Integer.toString(seconds));
    }

    /** How many times the video was viewed. */
    public SitemapVideo viewCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A view count is not negative: " + count);
        }
        return with(Field.VIEW_COUNT, Long.toString(count));
    }

    /** A tag describing the video. */
    public SitemapVideo tag(String tag) {
        return with(Field.TAG, tag);
    }

    /**
     * The rating, from 0 to 5.
     *
     * @throws IllegalArgumentException outside that range
     */
    public SitemapVideo rating(double rating) {
        if (!(rating >= 0 && rating <= 5)) {
            throw new IllegalArgumentException("A video rating is between 0 and 5, not " + rating);
        }
        return with(Field.RATING, Values.decimal(rating));
    }

    /** When the video stops being available, as ISO-8601 UTC with milliseconds. */
    public SitemapVideo expirationDate(Instant instant) {
        return with(Field.EXPIRATION_DATE, Values.iso(instant));
    }

    /** When the video stops being available, written as given (a W3C date). */
    public SitemapVideo expirationDate(String date) {
        return with(Field.EXPIRATION_DATE, date);
    }

    /** When the video was first published, as ISO-8601 UTC with milliseconds. */
    public SitemapVideo publicationDate(Instant instant) {
        return with(Field.PUBLICATION_DATE, Values.iso(instant));
    }

    /** When the video was first published, written as given (a W3C date). */
    public SitemapVideo publicationDate(String date) {
        return with(Field.PUBLICATION_DATE, date);
    }

    /** Whether the video suits every audience: {@code yes} or {@code no}. */
    public SitemapVideo familyFriendly(boolean yes) {
        return with(Field.FAMILY_FRIENDLY, yesNo(yes));
    }

    /** Whether watching needs a subscription: {@code yes} or {@code no}. */
    public SitemapVideo requiresSubscription(boolean yes) {
        return with(Field.REQUIRES_SUBSCRIPTION, yesNo(yes));
    }

    /** Whether the video is a live stream: {@code yes} or {@code no}. */
    public SitemapVideo live(boolean yes) {
        return with(Field.LIVE, yesNo(yes));
    }

    /** The countries where the video may or may not be shown, space-separated ISO 3166 codes. */
    public SitemapVideo restriction(Relationship relationship, String countries) {
        return with(Field.RESTRICTION, "relationship", relationship.value(), countries);
    }

    /** The platforms where the video may or may not be shown, such as {@code web mobile}. */
    public SitemapVideo platform(Relationship relationship, String platforms) {
        return with(Field.PLATFORM, "relationship", relationship.value(), platforms);
    }

    /** Who uploaded the video. */
    public SitemapVideo uploader(String name) {
        return with(Field.UPLOADER, name);
    }

    /** Who uploaded the video, with the URL of a page about them. */
    public SitemapVideo uploader(String name, String infoUrl) {
        return with(Field.UPLOADER, "info", Objects.requireNonNull(infoUrl, "infoUrl"), name);
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The thumbnail's URL. */
    public String thumbnailLoc() {
        return thumbnailLoc;
    }

    /** The description. */
    public String description() {
        return description;
    }

    /** The optional elements that were set, in the order a sitemap writes them. */
    public List<Element> elements() {
        return List.copyOf(optional.values());
    }

    private static String yesNo(boolean yes) {
        return yes ? "yes" : "no";
    }
}
