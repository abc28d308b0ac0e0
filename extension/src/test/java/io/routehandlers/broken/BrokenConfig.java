package io.routehandlers.broken;

import io.routehandlers.Dynamic;
import io.routehandlers.HeaderStore;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.StaticParams;
import jakarta.ws.rs.GET;
import java.util.List;
import java.util.Map;

/** Route classes whose segment config must fail deployment, one problem each. */
public final class BrokenConfig {

    private BrokenConfig() {}

    @Route("/news")
    @RouteConfig(revalidate = -5)
    public static class NegativeRevalidate {
        @GET
        public String get() {
            return "news";
        }
    }

    @Route("/tags/[tag]")
    public static class StaticParamsWithParameter {
        @StaticParams
        static List<Map<String, String>> tags(String prefix) {
            return List.of();
        }

        @GET
        public String get() {
            return "tag";
        }
    }

    @Route("/authors/[author]")
    public static class StaticParamsReturningMap {
        @StaticParams
        static Map<String, String> authors() {
            return Map.of();
        }

        @GET
        public String get() {
            return "author";
        }
    }

    @Route("/strict")
    @RouteConfig(dynamic = Dynamic.ERROR)
    public static class HeadersInErrorMode {
        @GET
        public String get(HeaderStore headers) {
            return "hello " + headers.get("x-user").orElse("anonymous");
        }
    }

    @Route("/shelves/[shelf]")
    @RouteConfig(revalidate = RouteConfig.FOREVER)
    public static class StaticParamsWithUnknownKey {
        @StaticParams
        static List<Map<String, String>> shelves() {
            return List.of(Map.of("shelf", "a"), Map.of("rack", "b"));
        }

        @GET
        public String get() {
            return "shelf";
        }
    }
}
