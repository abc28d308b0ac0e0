package io.routehandlers.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A web app manifest (S-9.4): a handler that returns one answers {@code application/manifest+json} with compact
 * JSON, the members in the order the builder set them (a member set again keeps its first place), absent members
 * left out, as Next.js writes the object a {@code manifest.ts} returns. Icons, screenshots and shortcuts keep the
 * order of their own setters, after the members their {@code of} method takes.
 *
 * <pre>
 * &#64;Route("/manifest.webmanifest")
 * public class ManifestRoute {
 *     &#64;GET
 *     public Manifest get() {
 *         return Manifest.builder()
 *                 .name("Shop")
 *                 .shortName("Shop")
 *                 .startUrl("/")
 *                 .display(Manifest.Display.STANDALONE)
 *                 .themeColor("#0b7285")
 *                 .icon(Manifest.Icon.of("/icon-192.png").type("image/png").sizes("192x192"))
 *                 .build();
 *     }
 * }
 * </pre>
 */
public final class Manifest {

    /** The members a manifest may have (those of Next.js's {@code manifest-types.ts}). */
    private static final List<String> MEMBERS = List.of(
            "background_color",
            "categories",
            "description",
            "dir",
            "display",
            "display_override",
            "icons",
            "id",
            "lang",
            "name",
            "orientation",
            "prefer_related_applications",
            "related_applications",
            "scope",
            "screenshots",
            "short_name",
            "shortcuts",
            "start_url",
            "theme_color");

    /** How the app is shown: {@code display}. */
    public enum Display {
        FULLSCREEN,
        STANDALONE,
        MINIMAL_UI,
        BROWSER,
        /** Only in {@code display_override}. */
        WINDOW_CONTROLS_OVERLAY;

        String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The text direction: {@code dir}. */
    public enum Direction {
        LTR,
        RTL,
        AUTO;

        String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The default orientation: {@code orientation}. */
    public enum Orientation {
        ANY,
        NATURAL,
        LANDSCAPE,
        PORTRAIT,
        PORTRAIT_PRIMARY,
        PORTRAIT_SECONDARY,
        LANDSCAPE_PRIMARY,
        LANDSCAPE_SECONDARY;

        String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** What an icon is for: {@code purpose}. */
    public enum Purpose {
        ANY,
        MASKABLE,
        MONOCHROME;

        String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An image of the app: an entry of {@code icons} or of a shortcut's icons. */
    public static final class Icon {
        private final Members members;

        private Icon(Members members) {
            this.members = members;
        }

        /** An icon at a URL. */
        public static Icon of(String src) {
            return new Icon(new Members(List.of("src", "type", "sizes", "purpose")).with("src", src));
        }

        /** Its media type, such as {@code image/png}. */
        public Icon type(String type) {
            return new Icon(members.with("type", type));
        }

        /** Its sizes, such as {@code 192x192}. */
        public Icon sizes(String sizes) {
            return new Icon(members.with("sizes", sizes));
        }

        /** What it is for. */
        public Icon purpose(Purpose purpose) {
            return new Icon(members.with("purpose", purpose.value()));
        }

        /** The members that were set, in the order they are written. */
        public Map<String, Object> members() {
            return members.asMap();
        }
    }

    /** A screenshot of the app: an entry of {@code screenshots}. */
    public static final class Screenshot {
        private final Members members;

        private Screenshot(Members members) {
            this.members = members;
        }

        /** A screenshot at a URL. */
        public static Screenshot of(String src) {
            return new Screenshot(
                    new Members(List.of("form_factor", "label", "platform", "src", "type", "sizes")).with("src", src));
        }

        /** {@code narrow} or {@code wide}. */
        public Screenshot formFactor(String formFactor) {
            return new Screenshot(members.with("form_factor", formFactor));
        }

        /** What it shows. */
        public Screenshot label(String label) {
            return new Screenshot(members.with("label", label));
        }

        /** The platform it shows, such as {@code android}. */
        public Screenshot platform(String platform) {
            return new Screenshot(members.with("platform", platform));
        }

        /** Its media type. */
        public Screenshot type(String type) {
            return new Screenshot(members.with("type", type));
        }

        /** Its sizes, such as {@code 1280x720}. */
        public Screenshot sizes(String sizes) {
            return new Screenshot(members.with("sizes", sizes));
        }

        /** The members that were set, in the order they are written. */
        public Map<String, Object> members() {
            return members.asMap();
        }
    }

    /** A task the app offers from its icon: an entry of {@code shortcuts}. */
    public static final class Shortcut {
        private final Members members;

        private Shortcut(Members members) {
            this.members = members;
        }

        /** A shortcut with its name and URL. */
        public static Shortcut of(String name, String url) {
            return new Shortcut(new Members(List.of("name", "short_name", "description", "url", "icons"))
                    .with("name", name)
                    .with("url", url));
        }

        /** A shorter name. */
        public Shortcut shortName(String shortName) {
            return new Shortcut(members.with("short_name", shortName));
        }

        /** What it does. */
        public Shortcut description(String description) {
            return new Shortcut(members.with("description", description));
        }

        /** Adds an icon. */
        public Shortcut icon(Icon icon) {
            return new Shortcut(members.with("icons", plus(members.asMap().get("icons"), icon.members())));
        }

        /** The members that were set, in the order they are written. */
        public Map<String, Object> members() {
            return members.asMap();
        }
    }

    private final Members members;

    private Manifest(Members members) {
        this.members = members;
    }

    /** A builder; {@link Builder#build()} makes the manifest. */
    public static Builder builder() {
        return new Builder();
    }

    /** The members that were set, in the order they are written (strings, booleans, lists, member maps). */
    public Map<String, Object> members() {
        return members.asMap();
    }

    private static List<Object> plus(Object list, Object item) {
        List<Object> more = list == null ? new ArrayList<>() : new ArrayList<>((List<?>) list);
        more.add(Objects.requireNonNull(item));
        return List.copyOf(more);
    }

    /** Sets the manifest's members; each call replaces the member, list members grow. */
    public static final class Builder {
        private Members members = new Members(MEMBERS);

        private Builder() {}

        private Builder set(String member, Object value) {
            members = members.with(member, value);
            return this;
        }

        private Builder add(String member, Object item) {
            return set(member, plus(members.asMap().get(member), item));
        }

        /** {@code background_color}. */
        public Builder backgroundColor(String color) {
            return set("background_color", color);
        }

        /** Adds to {@code categories}. */
        public Builder category(String category) {
            return add("categories", category);
        }

        /** {@code description}. */
        public Builder description(String description) {
            return set("description", description);
        }

        /** {@code dir}. */
        public Builder dir(Direction direction) {
            return set("dir", direction.value());
        }

        /** {@code display}. */
        public Builder display(Display display) {
            return set("display", display.value());
        }

        /** Adds to {@code display_override}. */
        public Builder displayOverride(Display display) {
            return add("display_override", display.value());
        }

        /** Adds to {@code icons}. */
        public Builder icon(Icon icon) {
            return add("icons", icon.members());
        }

        /** {@code id}. */
        public Builder id(String id) {
            return set("id", id);
        }

        /** {@code lang}. */
        public Builder lang(String lang) {
            return set("lang", lang);
        }

        /** {@code name}. */
        public Builder name(String name) {
            return set("name", name);
        }

        /** {@code orientation}. */
        public Builder orientation(Orientation orientation) {
            return set("orientation", orientation.value());
        }

        /** {@code prefer_related_applications}. */
        public Builder preferRelatedApplications(boolean prefer) {
            return set("prefer_related_applications", prefer);
        }

        /** Adds to {@code related_applications}: an app of a store, such as {@code play}. */
        public Builder relatedApplication(String platform, String url) {
            return add(
                    "related_applications",
                    new Members(List.of("platform", "url", "id"))
                            .with("platform", platform)
                            .with("url", url)
                            .asMap());
        }

        /** {@code scope}. */
        public Builder scope(String scope) {
            return set("scope", scope);
        }

        /** Adds to {@code screenshots}. */
        public Builder screenshot(Screenshot screenshot) {
            return add("screenshots", screenshot.members());
        }

        /** {@code short_name}. */
        public Builder shortName(String shortName) {
            return set("short_name", shortName);
        }

        /** Adds to {@code shortcuts}. */
        public Builder shortcut(Shortcut shortcut) {
            return add("shortcuts", shortcut.members());
        }

        /** {@code start_url}. */
        public Builder startUrl(String url) {
            return set("start_url", url);
        }

        /** {@code theme_color}. */
        public Builder themeColor(String color) {
            return set("theme_color", color);
        }

        /** The manifest. */
        public Manifest build() {
            return new Manifest(members);
        }
    }
}
