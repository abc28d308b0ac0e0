package io.routehandlers.internal.metadata;

import io.routehandlers.metadata.Manifest;
import io.routehandlers.metadata.Robots;
import io.routehandlers.metadata.RobotsRule;
import io.routehandlers.metadata.Sitemap;
import io.routehandlers.metadata.SitemapEntry;
import io.routehandlers.metadata.SitemapVideo;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes metadata values as Next.js's {@code resolveSitemap}, {@code resolveRobots} and {@code resolveManifest}
 * write them, byte for byte, except that every sitemap value is XML-escaped (Next.js writes a raw {@code &},
 * vercel/next.js#77340). The JSON of a manifest is written here rather than through JSON-B: its member order is the
 * format's, its values are only strings, booleans and lists, and a dozen lines need no provider lookup.
 */
public final class MetadataWriter {

    private MetadataWriter() {}

    /** The bytes of a metadata value of a kind. */
    public static byte[] write(MetadataKind kind, Object value) {
        String text = switch (kind) {
            case SITEMAP -> sitemap((Sitemap) value);
            case ROBOTS -> robots((Robots) value);
            case MANIFEST -> manifest((Manifest) value);
            case IMAGE -> null;
        };
        return text == null ? image((RenderedImage) value, "png") : text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An image encoded as {@code png} or {@code jpeg} through {@code ImageIO}, which needs no window system. JPEG has
     * no transparency: an image with an alpha channel is drawn on white first, where {@code ImageIO} would write
     * nothing.
     *
     * @throws IllegalStateException when no encoder writes the image
     */
    public static byte[] image(RenderedImage image, String format) {
        RenderedImage written = image;
        if (format.equals("jpeg") && image.getColorModel().hasAlpha()) {
            BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = opaque.createGraphics();
            try {
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
                graphics.drawRenderedImage(image, new AffineTransform());
            } finally {
                graphics.dispose();
            }
            written = opaque;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try {
            if (!ImageIO.write(written, format, bytes)) {
                throw new IllegalStateException("No " + format + " encoder for an image of type "
                        + image.getClass().getName() + " (" + image.getColorModel() + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Encoding an image as " + format + " failed", e);
        }
        return bytes.toByteArray();
    }

    /** A sitemap index of child sitemaps' absolute URLs (S-9.2). */
    public static String sitemapIndex(List<String> urls) {
        if (urls.isEmpty() || urls.size() > Sitemap.MAX_ENTRIES) {
            throw new IllegalStateException("A sitemap index lists 1 to " + Sitemap.MAX_ENTRIES + " sitemaps, this one "
                    + urls.size() + ": the ids method returned as many ids");
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String url : urls) {
            xml.append("<sitemap>\n");
            element(xml, "loc", url);
            xml.append("</sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /**
     * A sitemap's XML (S-9.1).
     *
     * @throws IllegalStateException with more than {@link Sitemap#MAX_ENTRIES} entries
     */
    public static String sitemap(Sitemap sitemap) {
        List<SitemapEntry> entries = sitemap.entries();
        if (entries.size() > Sitemap.MAX_ENTRIES) {
            throw new IllegalStateException("A sitemap has at most " + Sitemap.MAX_ENTRIES + " entries, this one has "
                    + entries.size() + ": split it with @SitemapIds");
        }
        boolean images = entries.stream().anyMatch(e -> !e.images().isEmpty());
        boolean videos = entries.stream().anyMatch(e -> !e.videos().isEmpty());
        boolean alternates = entries.stream().anyMatch(e -> !e.alternates().isEmpty());
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"");
        if (images) {
            xml.append(" xmlns:image=\"http://www.google.com/schemas/sitemap-image/1.1\"");
        }
        if (videos) {
            xml.append(" xmlns:video=\"http://www.google.com/schemas/sitemap-video/1.1\"");
        }
        if (alternates) {
            xml.append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
        }
        xml.append(">\n");
        for (SitemapEntry entry : entries) {
            xml.append("<url>\n");
            element(xml, "loc", entry.url());
            entry.alternates()
                    .forEach((language, url) -> xml.append("<xhtml:link rel=\"alternate\" hreflang=\"")
                            .append(escape(language))
                            .append("\" href=\"")
                            .append(escape(url))
                            .append("\" />\n"));
            for (String image : entry.images()) {
                xml.append("<image:image>\n");
                element(xml, "image:loc", image);
                xml.append("</image:image>\n");
            }
            entry.videos().forEach(video -> video(xml, video));
            entry.lastModified().ifPresent(date -> element(xml, "lastmod", date));
            entry.changeFrequency().ifPresent(frequency -> element(xml, "changefreq", frequency.value()));
            entry.priority()
                    .ifPresent(priority -> element(
                            xml,
                            "priority",
                            BigDecimal.valueOf(priority).stripTrailingZeros().toPlainString()));
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void video(StringBuilder xml, SitemapVideo video) {
        xml.append("<video:video>\n");
        element(xml, "video:title", video.title());
        element(xml, "video:thumbnail_loc", video.thumbnailLoc());
        element(xml, "video:description", video.description());
        for (SitemapVideo.Element element : video.elements()) {
            xml.append("<video:").append(element.name());
            if (element.attribute().isPresent()) {
                xml.append(' ')
                        .append(element.attribute().get())
                        .append("=\"")
                        .append(escape(element.attributeValue().orElse("")))
                        .append('"');
            }
            xml.append('>')
                    .append(escape(element.content()))
                    .append("</video:")
                    .append(element.name())
                    .append(">\n");
        }
        xml.append("</video:video>\n");
    }

    private static void element(StringBuilder xml, String name, String text) {
        xml.append('<')
                .append(name)
                .append('>')
                .append(escape(text))
                .append("</")
                .append(name)
                .append(">\n");
    }

    /** XML-escapes a text or attribute value: {@code & < > " '}. */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            String entity = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                default -> null;
            };
            if (entity != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (entity != null) {
                    escaped.append(entity);
                } else {
                    escaped.append(text.charAt(i));
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** A robots.txt's text (S-9.3). */
    public static String robots(Robots robots) {
        StringBuilder text = new StringBuilder();
        for (RobotsRule rule : robots.rules()) {
            rule.agents().forEach(agent -> line(text, "User-Agent", agent));
            rule.allowed().forEach(path -> line(text, "Allow", path));
            rule.disallowed().forEach(path -> line(text, "Disallow", path));
            rule.crawlDelay().ifPresent(delay -> line(text, "Crawl-delay", delay));
            rule.directives().forEach(directive -> line(text, directive.getKey(), directive.getValue()));
            text.append('\n');
        }
        robots.host().ifPresent(host -> line(text, "Host", host));
        robots.sitemaps().forEach(url -> line(text, "Sitemap", url));
        return text.toString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append(": ").append(value).append('\n');
    }

    /** A manifest's compact JSON (S-9.4). */
    public static String manifest(Manifest manifest) {
        StringBuilder json = new StringBuilder();
        json(json, manifest.members());
        return json.toString();
    }

    private static void json(StringBuilder json, Object value) {
        if (value instanceof Map<?, ?> members) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> member : members.entrySet()) {
                json.append(first ? "" : ",");
                string(json, member.getKey().toString());
                json.append(':');
                json(json, member.getValue());
                first = false;
            }
            json.append('}');
        } else if (value instanceof List<?> items) {
            json.append('[');
            for (int i = 0; i < items.size(); i++) {
                json.append(i == 0 ? "" : ",");
                json(json, items.get(i));
            }
            json.append(']');
        } else if (value instanceof Boolean flag) {
            json.append(flag);
        } else {
            string(json, value.toString());
        }
    }

    /** A JSON string as {@code JSON.stringify} writes it: quotes, backslashes and control characters escaped. */
    private static void string(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
