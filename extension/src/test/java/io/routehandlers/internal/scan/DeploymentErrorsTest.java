package io.routehandlers.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.broken.BrokenRoutes;
import io.routehandlers.fixtures.Metadata;
import io.routehandlers.internal.problems.DeploymentProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every deployment problem of S-7.2 that concerns routes and handlers, with its whole message. */
class DeploymentErrorsTest {

    private static final String B = "io.routehandlers.broken.BrokenRoutes$";

    private static List<String> problems(Class<?>... routes) {
        return RouteTableBuilder.build(List.of(routes)).problems().stream()
                .map(DeploymentProblem::message)
                .toList();
    }

    @Test
    void twoRoutesAtTheSameUrlAfterGroupsConflict() {
        assertThat(problems(BrokenRoutes.DupA.class, BrokenRoutes.DupB.class)).containsExactly("""
                RH-001 Conflicting routes at /dup:
                  - %1$sDupA ((a)/dup)
                  - %1$sDupB ((b)/dup)
                  Fix: two routes cannot answer the same URL (route groups are left out of it); move or remove one.\
                """.formatted(B));
    }

    @Test
    void differentParamNamesAtOnePositionConflict() {
        assertThat(problems(BrokenRoutes.ById.class, BrokenRoutes.BySlug.class)).containsExactly("""
                RH-003 Different param names at /a/[slug]: [id] and [slug] are the same position:
                  - %1$sById (a/[id])
                  - %1$sBySlug (a/[slug]/x)
                  Fix: use one name for a dynamic segment at one position in every route.\
                """.formatted(B));
    }

    @Test
    void catchAllBesideOptionalCatchAllConflict() {
        assertThat(problems(BrokenRoutes.Files.class, BrokenRoutes.OptionalFiles.class))
                .containsExactly("""
                RH-004 A catch-all and an optional catch-all at the same level, /files/[[...rest]]:
                  - %1$sFiles (files/[...path])
                  - %1$sOptionalFiles (files/[[...rest]])
                  Fix: keep one of them; [[...x]] also answers what [...x] answers.\
                """.formatted(B));
    }

    @Test
    void optionalCatchAllWhoseParentIsARouteConflicts() {
        assertThat(problems(BrokenRoutes.Docs.class, BrokenRoutes.DocsPages.class))
                .containsExactly("""
                RH-005 An optional catch-all also answers its parent path /docs, which is a route too:
                  - %1$sDocs (docs)
                  - %1$sDocsPages (docs/[[...page]])
                  Fix: make the catch-all required ([...x]) or remove the parent route.\
                """.formatted(B));
    }

    @Test
    void catchAllThatIsNotLastFails() {
        assertThat(problems(BrokenRoutes.CatchAllInTheMiddle.class)).containsExactly("""
                RH-016 Catch-all is not the last segment in segment '[...rest]' of @Route("/a/[...rest]/b") on \
                %1$sCatchAllInTheMiddle.
                  Fix: move the catch-all to the end of the path, or use [x] for one segment.\
                """.formatted(B));
    }

    @Test
    void optionalSegmentWithoutEllipsisFails() {
        assertThat(problems(BrokenRoutes.OptionalWithoutEllipsis.class)).containsExactly("""
                RH-013 Optional segment without '...' in segment '[[x]]' of @Route("/a/[[x]]") on \
                %1$sOptionalWithoutEllipsis.
                  Fix: write an optional catch-all as [[...name]]; a single segment cannot be optional.\
                """.formatted(B));
    }

    @Test
    void privateSegmentFails() {
        assertThat(problems(BrokenRoutes.PrivateSegment.class)).containsExactly("""
                RH-018 Private segment in segment '_internal' of @Route("/_internal/health") on \
                %1$sPrivateSegment: '_' segments are not routable.
                  Fix: rename the segment, or write %%5Finternal for a literal '_internal'.\
                """.formatted(B));
    }

    @Test
    void routeClassWithoutHandlerFails() {
        assertThat(problems(BrokenRoutes.NoHandler.class)).containsExactly("""
                RH-020 Route class has no handler: %1$sNoHandler (empty).
                  Fix: annotate a public method with @GET, @POST, @PUT, @PATCH, @DELETE, @HEAD or @OPTIONS.\
                """.formatted(B));
    }

    @Test
    void twoHandlersForOneMethodFail() {
        assertThat(problems(BrokenRoutes.TwoGets.class)).containsExactly("""
                RH-021 Two handlers for GET in %1$sTwoGets (twice):
                  - %1$sTwoGets#get()
                  - %1$sTwoGets#list()
                  Fix: keep one handler per HTTP method, or tell them apart by @Produces, @Consumes or @ApiVersion.\
                """.formatted(B));
    }

    @Test
    void handlerForACustomHttpMethodFails() {
        assertThat(problems(BrokenRoutes.CustomMethod.class)).containsExactly("""
                RH-022 Handler %1$sCustomMethod#propfind() answers PROPFIND, which is not a route handler method.
                  Fix: use one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, QUERY; other methods are answered 405.\
                """.formatted(B));
    }

    @Test
    void voidHandlerFails() {
        assertThat(problems(BrokenRoutes.VoidHandler.class)).containsExactly("""
                RH-023 Handler %1$sVoidHandler#post(RouteRequest) returns void.
                  Fix: return the answer: RouteResponse.status(204), a RouteResponse, a Response, a String or an \
                object for JSON.\
                """.formatted(B));
    }

    @Test
    void metadataTypeFromAHandlerOtherThanGetFails() {
        assertThat(problems(BrokenRoutes.PostedSitemap.class)).containsExactly("""
                RH-044 Handler %1$sPostedSitemap#post() answers POST and returns Sitemap, a metadata type, which only \
                a GET handler may return.
                  Fix: return Sitemap from the route's @GET handler; other methods return a RouteResponse.\
                """.formatted(B));
    }

    @Test
    void sitemapIdsOnAPathWithoutExtensionOrReturningNoCollectionOrOnAnotherKindFail() {
        assertThat(problems(
                        BrokenRoutes.IdsWithoutExtension.class,
                        BrokenRoutes.IdsOnText.class,
                        BrokenRoutes.IdsOnText2.class))
                .containsExactly("""
                        RH-045 @SitemapIds method %1$sIdsOnText#ids() returns java.lang.String.
                          Fix: declare one method per route class, without parameters, returning a Collection<String>, \
                        on a route whose path ends with a file name such as sitemap.xml and whose GET handler returns \
                        Sitemap.\
                        """.formatted(B), """
                        RH-045 @SitemapIds method %1$sIdsWithoutExtension#ids() is on route /maps/sitemap, whose last \
                        segment is no file name with an extension.
                          Fix: declare one method per route class, without parameters, returning a Collection<String>, \
                        on a route whose path ends with a file name such as sitemap.xml and whose GET handler returns \
                        Sitemap.\
                        """.formatted(B), """
                        RH-045 @SitemapIds method %1$sIdsOnText2#ids() is on a route whose GET handler does not \
                        return Sitemap.
                          Fix: declare one method per route class, without parameters, returning a Collection<String>, \
                        on a route whose path ends with a file name such as sitemap.xml and whose GET handler returns \
                        Sitemap.\
                        """.formatted(B));
    }

    @Test
    void idsMethodOnARouteWithDynamicSegmentsFails() {
        assertThat(problems(BrokenRoutes.IdsUnderParam.class))
                .singleElement()
                .asString()
                .startsWith("RH-045 @SitemapIds method " + B + "IdsUnderParam#ids() is on route /[locale]/sitemap.xml, "
                        + "which has dynamic segments: a split route's files are listed by their ids alone.");
    }

    @Test
    void splitSitemapWithoutABaseUrlFails() {
        assertThat(problems(Metadata.ProductSitemaps.class)).containsExactly("""
                RH-046 Route io.routehandlers.fixtures.Metadata$ProductSitemaps (products/sitemap.xml) is split by \
                @SitemapIds, but its sitemap index needs absolute URLs and routehandlers.metadata.base-url is not set.
                  Fix: set routehandlers.metadata.base-url to the site's URL, such as https://shop.example.\
                """);
    }

    @Test
    void unsupportedParameterFails() {
        assertThat(problems(BrokenRoutes.UnsupportedParameter.class)).containsExactly("""
                RH-024 Handler %1$sUnsupportedParameter#get(RouteRequest, Map) has an unsupported parameter #2 of \
                type Map<String, String>.
                  Fix: declare only RouteRequest, RouteContext<P>, HeaderStore, CookieStore, or a @Param("name") \
                String or List<String>.\
                """.formatted(B));
    }

    @Test
    void paramNamingNoParamOfThePathFails() {
        assertThat(problems(BrokenRoutes.UnknownParam.class)).containsExactly("""
                RH-025 Handler %1$sUnknownParam#get(String) has @Param("id"), which is not a param of /items/[slug].
                  Fix: use one of the path's params: slug.\
                """.formatted(B));
    }

    @Test
    void catchAllBoundToStringFails() {
        assertThat(problems(BrokenRoutes.CatchAllAsString.class)).containsExactly("""
                RH-026 Handler %1$sCatchAllAsString#get(String) binds @Param("slug") to String, but the segment \
                gives List<String>.
                  Fix: declare the parameter as List<String> (String for [x], List<String> for [...x] and [[...x]]).\
                """.formatted(B));
    }

    @Test
    void paramsRecordThatDoesNotMatchThePathFails() {
        assertThat(problems(BrokenRoutes.MismatchedRecord.class)).containsExactly("""
                RH-027 Handler %1$sMismatchedRecord#get(RouteContext) takes RouteContext<UserParams>, which does \
                not match the params of /users/[userId]/posts/[...path]: component 'id' is not a param of the path; \
                param 'userId' has no component; param 'path' has no component.
                  Fix: declare record UserParams(String userId, List<String> path) or use RouteContext<Params>.\
                """.formatted(B));
    }

    @Test
    void rawRouteContextFailsSuggestingParams() {
        assertThat(problems(BrokenRoutes.RawContext.class)).containsExactly("""
                RH-028 Handler %1$sRawContext#get(RouteContext) takes a raw RouteContext.
                  Fix: declare RouteContext<Params>, or RouteContext<R> with a record R of the route's params.\
                """.formatted(B));
    }

    @Test
    void nonPublicHandlerFails() {
        assertThat(problems(BrokenRoutes.NotPublic.class)).containsExactly("""
                RH-029 Handler %1$sNotPublic#get() for GET is not public.
                  Fix: make the method public.\
                """.formatted(B));
    }

    @Test
    void everyProblemOfAHandlerIsReported() {
        assertThat(problems(BrokenRoutes.ContextOfMap.class)).containsExactly("""
                RH-030 Handler %1$sContextOfMap#get(RouteContext, HeaderStore, List) takes \
                RouteContext<Map<String, String>>, but the params type must be Params or a record.
                  Fix: declare RouteContext<Params>, or RouteContext<R> with a record R of the route's params.\
                """.formatted(B), """
                RH-024 Handler %1$sContextOfMap#get(RouteContext, HeaderStore, List) has an unsupported parameter \
                #3 of type List<String>.
                  Fix: declare only RouteRequest, RouteContext<P>, HeaderStore, CookieStore, or a @Param("name") \
                String or List<String>.\
                """.formatted(B));
    }

    @Test
    void cachedRouteWithAProtectedGetFails() {
        assertThat(problems(BrokenRoutes.CachedReport.class)).containsExactly("""
                RH-041 Route %1$sCachedReport (board-report) is cached, but its GET handler %1$sCachedReport#get() \
                is protected (admin): a shared cache would serve the protected answer to every caller.
                  Fix: make the route force-dynamic (@RouteConfig(dynamic = Dynamic.FORCE_DYNAMIC)), or protect \
                only its other methods.""".formatted(B));
    }

    @Test
    void rolesAllowedWithoutARoleFails() {
        assertThat(problems(BrokenRoutes.NamelessRole.class)).containsExactly("""
                RH-042 @RolesAllowed() on %1$sNamelessRole#get() names no role.
                  Fix: name the roles that may call it, such as @RolesAllowed("admin"); @PermitAll lets every \
                caller in, @RolesAllowed("**") every authenticated one.""".formatted(B));
    }

    @Test
    void contradictingSecurityAnnotationsFailOncePerClass() {
        assertThat(problems(BrokenRoutes.Undecided.class)).containsExactly("""
                RH-043 %1$sUndecided has @PermitAll and @DenyAll, which contradict each other.
                  Fix: keep one; an annotation on a handler method wins over the one on its class.""".formatted(B));
    }

    @Test
    void allProblemsOfSeveralRoutesAreReportedTogether() {
        assertThat(RouteTableBuilder.build(List.of(
                                BrokenRoutes.VoidHandler.class,
                                BrokenRoutes.PrivateSegment.class,
                                BrokenRoutes.NoHandler.class))
                        .problems())
                .extracting(DeploymentProblem::id)
                .containsExactlyInAnyOrder("RH-023", "RH-018", "RH-020");
    }
}
