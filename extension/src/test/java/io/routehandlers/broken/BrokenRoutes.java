package io.routehandlers.broken;

import io.routehandlers.HeaderStore;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteContext;
import io.routehandlers.RouteRequest;
import io.routehandlers.metadata.Sitemap;
import io.routehandlers.metadata.SitemapIds;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;

/** Route classes that must fail deployment, one problem each. */
public final class BrokenRoutes {

    private BrokenRoutes() {}

    @Route("/(a)/dup")
    public static class DupA {
        @GET
        public String get() {
            return "a";
        }
    }

    @Route("/(b)/dup")
    public static class DupB {
        @GET
        public String get() {
            return "b";
        }
    }

    @Route("/a/[id]")
    public static class ById {
        @GET
        public String get() {
            return "";
        }
    }

    @Route("/a/[slug]/x")
    public static class BySlug {
        @GET
        public String get() {
            return "";
        }
    }

    @Route("/files/[...path]")
    public static class Files {
        @GET
        public String get() {
            return "";
        }
    }

    @Route("/files/[[...rest]]")
    public static class OptionalFiles {
        @GET
        public String get() {
            return "";
        }
    }

    @Route("/docs")
    public static class Docs {
        @GET
        public String get() {
            return "";
        }
    }

    @Route("/docs/[[...page]]")
    public static class DocsPages {
        @GET
        public String get() {
            return "";
        }
    }

    @Route("/a/[...rest]/b")
    public static class CatchAllInTheMiddle {
        @GET
        public String get() {
            return "";
        }
    }

    @Route("/a/[[x]]")
    public static class OptionalWithoutEllipsis {
        @GET
        public String get() {
            return "";
        }
    }

    @Route("/_internal/health")
    public static class PrivateSegment {
        @GET
        public String get() {
            return "";
        }
    }

    @Route("/empty")
    public static class NoHandler {
        public String get() {
            return "";
        }
    }

    @Route("/twice")
    public static class TwoGets {
        @GET
        public String get() {
            return "";
        }

        @GET
        public String list() {
            return "";
        }
    }

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @HttpMethod("PROPFIND")
    public @interface PROPFIND {}

    @Route("/dav")
    public static class CustomMethod {
        @PROPFIND
        public String propfind() {
            return "";
        }
    }

    @Route("/void")
    public static class VoidHandler {
        @POST
        public void post(RouteRequest request) {}
    }

    @Route("/sitemap.xml")
    public static class PostedSitemap {
        @GET
        public Sitemap get() {
            return Sitemap.of();
        }

        @POST
        public Sitemap post() {
            return Sitemap.of();
        }
    }

    @Route("/maps/sitemap")
    public static class IdsWithoutExtension {
        @SitemapIds
        public List<String> ids() {
            return List.of("0");
        }

        @GET
        public Sitemap get() {
            return Sitemap.of();
        }
    }

    @Route("/[locale]/sitemap.xml")
    public static class IdsUnderParam {
        @SitemapIds
        List<String> ids() {
            return List.of("0");
        }

        @GET
        public Sitemap get(@Param("id") String id) {
            return Sitemap.of();
        }
    }

    @Route("/feeds/sitemap.xml")
    public static class IdsOnText {
        @SitemapIds
        public String ids() {
            return "0";
        }

        @GET
        public Sitemap get(@Param("id") String id) {
            return Sitemap.of();
        }
    }

    @Route("/notes.txt")
    public static class IdsOnText2 {
        @SitemapIds
        public List<String> ids() {
            return List.of("0");
        }

        @GET
        public String get() {
            return "notes";
        }
    }

    @Route("/unsupported")
    public static class UnsupportedParameter {
        @GET
        public String get(RouteRequest request, Map<String, String> query) {
            return "";
        }
    }

    @Route("/items/[slug]")
    public static class UnknownParam {
        @GET
        public String get(@Param("id") String id) {
            return "";
        }
    }

    @Route("/blog/[...slug]")
    public static class CatchAllAsString {
        @GET
        public String get(@Param("slug") String slug) {
            return "";
        }
    }

    public record UserParams(String id) {}

    @Route("/users/[userId]/posts/[...path]")
    public static class MismatchedRecord {
        @GET
        public String get(RouteContext<UserParams> ctx) {
            return "";
        }
    }

    @Route("/raw")
    public static class RawContext {
        @GET
        @SuppressWarnings("rawtypes")
        public String get(RouteContext ctx) {
            return "";
        }
    }

    @Route("/hidden")
    public static class NotPublic {
        @GET
        String get() {
            return "";
        }
    }

    @Route("/context-map")
    public static class ContextOfMap {
        @GET
        public String get(RouteContext<Map<String, String>> ctx, HeaderStore headers, List<String> extra) {
            return "";
        }
    }

    @Route("/board-report")
    @RouteConfig(revalidate = 60)
    @RolesAllowed("admin")
    public static class CachedReport {
        @GET
        public String get() {
            return "report";
        }
    }

    @Route("/ledger")
    public static class NamelessRole {
        @GET
        @RolesAllowed({})
        public String get() {
            return "ledger";
        }
    }

    @Route("/audit")
    @PermitAll
    @DenyAll
    public static class Undecided {
        @GET
        public String get() {
            return "audit";
        }

        @POST
        public String post() {
            return "audited";
        }
    }
}
