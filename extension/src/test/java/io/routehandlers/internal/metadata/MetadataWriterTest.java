package io.routehandlers.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.metadata.ChangeFrequency;
import io.routehandlers.metadata.Manifest;
import io.routehandlers.metadata.Robots;
import io.routehandlers.metadata.RobotsRule;
import io.routehandlers.metadata.Sitemap;
import io.routehandlers.metadata.SitemapEntry;
import io.routehandlers.metadata.SitemapVideo;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** S-9.1, S-9.3, S-9.4: the bytes Next.js writes, and the escaping it does not do. */
class MetadataWriterTest {

    @Test
    void sitemapOfTwoEntriesIsNextJsSnapshotByteForByte() {
        Sitemap sitemap = Sitemap.of(
                SitemapEntry.of("https://example.com")
                        .lastModified("2021-01-01")
                        .changeFrequency(ChangeFrequency.WEEKLY)
                        .priority(0.5),
                SitemapEntry.of("https://example.com/about").lastModified("2021-01-01"));

        assertThat(MetadataWriter.sitemap(sitemap)).isEqualTo("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                        <url>
                        <loc>https://example.com</loc>
                        <lastmod>2021-01-01</lastmod>
                        <changefreq>weekly</changefreq>
                        <priority>0.5</priority>
                        </url>
                        <url>
                        <loc>https://example.com/about</loc>
                        <lastmod>2021-01-01</lastmod>
                        </url>
                        </urlset>
                        """);
    }

    @Test
    void alternatesImagesAndDatesAreWrittenInNextJsOrderWithTheirNamespaces() {
        Sitemap sitemap = Sitemap.of(SitemapEntry.of("https://example.com/about")
                .priority(1)
                .lastModified(Instant.parse("2023-04-06T15:02:24.021Z"))
                .image("https://example.com/image1.jpg")
                .alternate("es", "https://example.com/es/about")
                .alternate("de", "https://example.com/de/about"));

        assertThat(MetadataWriter.sitemap(sitemap)).isEqualTo("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" \
                        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" \
                        xmlns:xhtml="http://www.w3.org/1999/xhtml">
                        <url>
                        <loc>https://example.com/about</loc>
                        <xhtml:link rel="alternate" hreflang="es" href="https://example.com/es/about" />
                        <xhtml:link rel="alternate" hreflang="de" href="https://example.com/de/about" />
                        <image:image>
                        <image:loc>https://example.com/image1.jpg</image:loc>
                        </image:image>
                        <lastmod>2023-04-06T15:02:24.021Z</lastmod>
                        <priority>1</priority>
                        </url>
                        </urlset>
                        """);
        assertThat(MetadataWriter.sitemap(Sitemap.of(
                        SitemapEntry.of("https://example.com").lastModified(Instant.parse("2021-01-01T00:00:00Z")))))
                .as("milliseconds always written, as toISOString does")
                .contains("<lastmod>2021-01-01T00:00:00.000Z</lastmod>");
    }

    @Test
    void videoElementsFollowNextJsOrderWhateverOrderTheyWereSetIn() {
        SitemapVideo video = SitemapVideo.of("Lamp", "https://example.com/t.jpg", "How to")
                .uploader("Ada", "https://example.com/ada")
                .platform(SitemapVideo.Relationship.ALLOW, "web mobile")
                .restriction(SitemapVideo.Relationship.DENY, "CA")
                .live(false)
                .requiresSubscription(false)
                .familyFriendly(true)
                .publicationDate("2024-01-01")
                .expirationDate(Instant.parse("2025-01-01T00:00:00Z"))
                .rating(4.5)
                .tag("home")
                .viewCount(1000)
                .duration(300)
                .playerLoc("https://example.com/player")
                .contentLoc("https://example.com/v.mp4");

        assertThat(MetadataWriter.sitemap(
                        Sitemap.of(SitemapEntry.of("https://example.com/about").video(video))))
                .isEqualTo("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" \
                        xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">
                        <url>
                        <loc>https://example.com/about</loc>
                        <video:video>
                        <video:title>Lamp</video:title>
                        <video:thumbnail_loc>https://example.com/t.jpg</video:thumbnail_loc>
                        <video:description>How to</video:description>
                        <video:content_loc>https://example.com/v.mp4</video:content_loc>
                        <video:player_loc>https://example.com/player</video:player_loc>
                        <video:duration>300</video:duration>
                        <video:view_count>1000</video:view_count>
                        <video:tag>home</video:tag>
                        <video:rating>4.5</video:rating>
                        <video:expiration_date>2025-01-01T00:00:00.000Z</video:expiration_date>
                        <video:publication_date>2024-01-01</video:publication_date>
                        <video:family_friendly>yes</video:family_friendly>
                        <video:requires_subscription>no</video:requires_subscription>
                        <video:live>no</video:live>
                        <video:restriction relationship="deny">CA</video:restriction>
                        <video:platform relationship="allow">web mobile</video:platform>
                        <video:uploader info="https://example.com/ada">Ada</video:uploader>
                        </video:video>
                        </url>
                        </urlset>
                        """);
    }

    @Test
    void everyValueIsXmlEscaped() {
        String xml = MetadataWriter.sitemap(Sitemap.of(SitemapEntry.of("https://a.example/?a=b&c=d")
                .alternate("x\"y", "https://a.example/<'>")
                .video(SitemapVideo.of("Tom & Jerry", "https://a.example/t.jpg?x=1&y=2", "<b>\"quoted\"</b>"))));

        assertThat(xml)
                .contains("<loc>https://a.example/?a=b&amp;c=d</loc>")
                .contains("hreflang=\"x&quot;y\" href=\"https://a.example/&lt;&apos;&gt;\"")
                .contains("<video:title>Tom &amp; Jerry</video:title>")
                .contains("<video:thumbnail_loc>https://a.example/t.jpg?x=1&amp;y=2</video:thumbnail_loc>")
                .contains("<video:description>&lt;b&gt;&quot;quoted&quot;&lt;/b&gt;</video:description>")
                .doesNotContain("&c=", "<b>");
    }

    @Test
    void aCharacterXmlDoesNotAllowIsRefusedWhenTheValueIsBuilt() {
        assertThatThrownBy(() -> SitemapEntry.of("https://a.example/\u0001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("url has the character U+0001 at index 18, which XML does not allow");
        assertThatThrownBy(() ->
                        SitemapVideo.of("t", "https://a.example/t.jpg", "d").tag("\uD800"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+D800");
        assertThat(SitemapEntry.of("https://a.example/caf\u00e9/\uD83D\uDE00").url())
                .endsWith("\uD83D\uDE00");
    }

    @Test
    void sitemapIndexListsItsSitemapsEscapedAndNeedsOneToFiftyThousand() {
        assertThat(MetadataWriter.sitemapIndex(List.of("https://a.example/s/0.xml?x=1&y=2")))
                .isEqualTo("""
                        <?xml version="1.0" encoding="UTF-8"?>
                        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                        <sitemap>
                        <loc>https://a.example/s/0.xml?x=1&amp;y=2</loc>
                        </sitemap>
                        </sitemapindex>
                        """);
        assertThatThrownBy(() -> MetadataWriter.sitemapIndex(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void priorityOutsideZeroToOneAndTooManyEntriesAreRefused() {
        assertThatThrownBy(() -> SitemapEntry.of("https://a.example").priority(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1");
        Sitemap huge = Sitemap.of(Collections.nCopies(Sitemap.MAX_ENTRIES + 1, SitemapEntry.of("https://a.example")));
        assertThatThrownBy(() -> MetadataWriter.sitemap(huge))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at most 50000 entries");
    }

    @Test
    void robotsIsNextJsTextByteForByte() {
        Robots robots = Robots.builder()
                .rule(RobotsRule.forAgents("Googlebot").allow("/"))
                .rule(RobotsRule.forAgents("Applebot", "Bingbot").disallow("/").crawlDelay(2))
                .host("https://example.com")
                .sitemap("https://example.com/sitemap.xml")
                .build();

        assertThat(MetadataWriter.robots(robots))
                .isEqualTo("User-Agent: Googlebot\nAllow: /\n\nUser-Agent: Applebot\nUser-Agent: Bingbot\nDisallow: /\n"
                        + "Crawl-delay: 2\n\nHost: https://example.com\nSitemap: https://example.com/sitemap.xml\n");
        assertThat(MetadataWriter.robots(Robots.of(RobotsRule.forAll()
                        .allow("/")
                        .disallow("/admin")
                        .crawlDelay(0.5)
                        .directive("Clean-param", "ref /articles/"))))
                .isEqualTo(
                        "User-Agent: *\nAllow: /\nDisallow: /admin\nCrawl-delay: 0.5\nClean-param: ref /articles/\n\n");
    }

    @Test
    void robotsValueWithALineBreakIsRefusedWhenBuilt() {
        assertThatThrownBy(() -> RobotsRule.forAll().disallow("/x\nSitemap: https://evil.example"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Disallow must not contain CR or LF");
        assertThatThrownBy(() -> Robots.of().host("a\rb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manifestOfTheNextJsDocsExampleIsTheBytesNextJsAnswers() {
        Manifest manifest = Manifest.builder()
                .name("Next.js App")
                .shortName("Next.js App")
                .description("Next.js App")
                .startUrl("/")
                .display(Manifest.Display.STANDALONE)
                .backgroundColor("#fff")
                .themeColor("#fff")
                .icon(Manifest.Icon.of("/favicon.ico").sizes("any").type("image/x-icon"))
                .build();

        // JSON.stringify of the object app/manifest.ts returns in Next.js's docs: its members in insertion order.
        assertThat(MetadataWriter.manifest(manifest))
                .isEqualTo("{\"name\":\"Next.js App\",\"short_name\":\"Next.js App\",\"description\":\"Next.js App\","
                        + "\"start_url\":\"/\",\"display\":\"standalone\",\"background_color\":\"#fff\","
                        + "\"theme_color\":\"#fff\",\"icons\":[{\"src\":\"/favicon.ico\",\"sizes\":\"any\","
                        + "\"type\":\"image/x-icon\"}]}");
    }

    @Test
    void manifestIsCompactJsonInTheOrderItsMembersWereSetWithoutAbsentMembers() {
        Manifest manifest = Manifest.builder()
                .themeColor("#fff")
                .startUrl("/")
                .name("Next.js \"App\"")
                .description("A line\nand a tab\t")
                .icon(Manifest.Icon.of("/favicon.ico").type("image/x-icon").sizes("any"))
                .icon(Manifest.Icon.of("/icon.png").purpose(Manifest.Purpose.MASKABLE))
                .preferRelatedApplications(false)
                .shortcut(Manifest.Shortcut.of("New", "/new")
                        .icon(Manifest.Icon.of("/new.png"))
                        .shortName("N"))
                .build();

        assertThat(MetadataWriter.manifest(manifest))
                .isEqualTo("{\"theme_color\":\"#fff\",\"start_url\":\"/\",\"name\":\"Next.js \\\"App\\\"\","
                        + "\"description\":\"A line\\nand a tab\\t\",\"icons\":[{\"src\":\"/favicon.ico\","
                        + "\"type\":\"image/x-icon\",\"sizes\":\"any\"},{\"src\":\"/icon.png\",\"purpose\":\"maskable\"}],"
                        + "\"prefer_related_applications\":false,\"shortcuts\":[{\"name\":\"New\",\"url\":\"/new\","
                        + "\"icons\":[{\"src\":\"/new.png\"}],\"short_name\":\"N\"}]}");
        assertThat(MetadataWriter.manifest(Manifest.builder().build())).isEqualTo("{}");
    }

    @Test
    void manifestMemberSetAgainKeepsItsFirstPlaceWithItsLastValue() {
        Manifest manifest = Manifest.builder()
                .name("Draft")
                .shortName("Shop")
                .name("Shop")
                .category("shopping")
                .category("lifestyle")
                .build();

        assertThat(MetadataWriter.manifest(manifest))
                .isEqualTo("{\"name\":\"Shop\",\"short_name\":\"Shop\",\"categories\":[\"shopping\",\"lifestyle\"]}");
    }
}
