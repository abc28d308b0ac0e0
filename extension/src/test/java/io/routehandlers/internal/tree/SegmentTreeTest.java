package io.routehandlers.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTreeTest {

    private static SegmentTree<String> tree(String... paths) {
        SegmentTree.Builder<String> builder = SegmentTree.builder();
        for (String path : paths) {
            builder.add(PathSyntax.parse(path), path);
        }
        assertThat(builder.conflicts()).as("conflicts").isEmpty();
        return builder.build();
    }

    private static SegmentTree.Match<String> lookup(SegmentTree<String> tree, String... segments) {
        return tree.lookup("/" + String.join("/", segments));
    }

    @Test
    void staticSegmentBeatsDynamicSegment() {
        SegmentTree<String> tree = tree("/items/[slug]", "/items/new");
        assertThat(lookup(tree, "items", "new").value()).isEqualTo("/items/new");
        assertThat(lookup(tree, "items", "lamp").value()).isEqualTo("/items/[slug]");
    }

    @Test
    void dynamicSegmentBeatsCatchAll() {
        SegmentTree<String> tree = tree("/a/[...rest]", "/a/[id]");
        assertThat(lookup(tree, "a", "x").value()).isEqualTo("/a/[id]");
        assertThat(lookup(tree, "a", "x", "y").value()).isEqualTo("/a/[...rest]");
    }

    @Test
    void catchAllBeatsOptionalCatchAllOnADeeperLevel() {
        SegmentTree<String> tree = tree("/docs/[[...path]]", "/docs/api/[...symbol]");
        assertThat(lookup(tree, "docs", "api", "List").value()).isEqualTo("/docs/api/[...symbol]");
        assertThat(lookup(tree, "docs", "api").value()).isEqualTo("/docs/[[...path]]");
    }

    @Test
    void backtracksFromAStaticBranchThatLeadsNowhere() {
        SegmentTree<String> tree = tree("/a/b", "/a/[...rest]");
        SegmentTree.Match<String> match = lookup(tree, "a", "b", "c");
        assertThat(match.value()).isEqualTo("/a/[...rest]");
        assertThat(match.params()).containsExactly(List.of("b", "c"));
    }

    @Test
    void backtracksFromADynamicBranchToASiblingCatchAll() {
        SegmentTree<String> tree = tree("/shop/[category]/sale", "/shop/[...path]");
        assertThat(lookup(tree, "shop", "books", "sale").params()).containsExactly("books");
        assertThat(lookup(tree, "shop", "books", "new").value()).isEqualTo("/shop/[...path]");
    }

    @Test
    void catchAllNeedsAtLeastOneSegment() {
        SegmentTree<String> tree = tree("/blog/[...slug]");
        assertThat(lookup(tree, "blog")).isNull();
        assertThat(lookup(tree, "blog", "2024", "hello").params()).containsExactly(List.of("2024", "hello"));
    }

    @Test
    void optionalCatchAllAlsoMatchesTheParentPathWithAnEmptyList() {
        SegmentTree<String> tree = tree("/docs/[[...path]]");
        assertThat(lookup(tree, "docs").params()).containsExactly(List.of());
        assertThat(lookup(tree, "docs", "a").params()).containsExactly(List.of("a"));
    }

    @Test
    void routeGroupsAreLeftOutOfTheUrl() {
        SegmentTree<String> tree = tree("/(shop)/cart", "/(marketing)/about/(team)");
        assertThat(lookup(tree, "cart").value()).isEqualTo("/(shop)/cart");
        assertThat(lookup(tree, "about").value()).isEqualTo("/(marketing)/about/(team)");
    }

    @Test
    void rootRouteMatchesNoSegments() {
        SegmentTree<String> tree = tree("/", "/[slug]");
        assertThat(lookup(tree).value()).isEqualTo("/");
        assertThat(lookup(tree, "x").value()).isEqualTo("/[slug]");
    }

    @Test
    void paramsAreInPathOrder() {
        SegmentTree<String> tree = tree("/orgs/[org]/repos/[repo]/[...path]");
        assertThat(lookup(tree, "orgs", "acme", "repos", "web", "src", "a.java").params())
                .containsExactly("acme", "web", List.of("src", "a.java"));
    }

    @Test
    void segmentsWithDotsAreStatic() {
        SegmentTree<String> tree = tree("/sitemap.xml", "/api/hello.json");
        assertThat(lookup(tree, "sitemap.xml").value()).isEqualTo("/sitemap.xml");
        assertThat(lookup(tree, "api", "hello.json").value()).isEqualTo("/api/hello.json");
        assertThat(lookup(tree, "sitemapXxml")).isNull();
    }

    @Test
    void unknownPathMatchesNothing() {
        SegmentTree<String> tree = tree("/items", "/items/[slug]");
        assertThat(lookup(tree, "users")).isNull();
        assertThat(lookup(tree, "items", "a", "b")).isNull();
    }

    @Test
    void sameUrlAfterGroupsIsAConflict() {
        SegmentTree.Builder<String> builder = SegmentTree.builder();
        builder.add(PathSyntax.parse("/(a)/dup"), "A").add(PathSyntax.parse("/(b)/dup"), "B");
        assertThat(builder.conflicts()).containsExactly(new TreeConflict.SameUrl<>("/dup", "A", "B"));
    }

    @Test
    void differentParamNamesAtOnePositionAreAConflict() {
        SegmentTree.Builder<String> builder = SegmentTree.builder();
        builder.add(PathSyntax.parse("/a/[id]"), "A").add(PathSyntax.parse("/a/[slug]/x"), "B");
        assertThat(builder.conflicts())
                .containsExactly(new TreeConflict.ParamNames<>("/a/[slug]", "id", "A", "slug", "B"));
    }

    @Test
    void catchAllBesideOptionalCatchAllIsAConflict() {
        SegmentTree.Builder<String> builder = SegmentTree.builder();
        builder.add(PathSyntax.parse("/a/[...x]"), "A").add(PathSyntax.parse("/a/[[...y]]"), "B");
        assertThat(builder.conflicts())
                .containsExactly(new TreeConflict.CatchAllBesideOptional<>("/a/[[...y]]", "A", "B"));
    }

    @Test
    void optionalCatchAllWhoseParentIsARouteIsAConflict() {
        SegmentTree.Builder<String> builder = SegmentTree.builder();
        builder.add(PathSyntax.parse("/docs/[[...x]]"), "A").add(PathSyntax.parse("/docs"), "B");
        assertThat(builder.conflicts()).containsExactly(new TreeConflict.OptionalShadowsParent<>("/docs", "B", "A"));
    }
}
