package io.routehandlers.tck.cachedmethods;

import io.routehandlers.DraftMode;
import io.routehandlers.Dynamic;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteCache;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import io.routehandlers.SearchParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;

/** The slice's routes, holding nothing but their handlers. */
public final class Memo {

    private Memo() {}

    /** The products of a category, through an uncached route. */
    @Route("/memo/products/[category]")
    public static class Products {
        @Inject
        Catalogue catalogue;

        @GET
        public String get(@Param("category") String category) {
            return "v" + catalogue.products(category).get(0).version();
        }
    }

    /** How often a cached method ran for an argument. */
    @Route("/memo/runs/[what]")
    public static class Runs {
        @Inject
        Catalogue catalogue;

        @GET
        public String get(@Param("what") String what) {
            return String.valueOf(catalogue.runs(what));
        }
    }

    @Route("/memo/flaky/[key]")
    public static class Flaky {
        @Inject
        Catalogue catalogue;

        @GET
        public String get(@Param("key") String key) {
            try {
                return catalogue.flaky(key);
            } catch (IllegalStateException e) {
                return "failed: " + e.getMessage();
            }
        }
    }

    @Route("/memo/kinds/[sku]")
    public static class Kinds {
        @Inject
        Catalogue catalogue;

        @GET
        public String get(@Param("sku") String sku) throws Exception {
            String optional = catalogue.product(sku).map(p -> "v" + p.version()).orElse("empty");
            return optional + " " + "v"
                    + catalogue.later(sku).toCompletableFuture().get().version();
        }
    }

    /** A static route built from a cached method: it inherits the method's tags and life. */
    @Route("/memo/shop")
    @RouteConfig(dynamic = Dynamic.FORCE_STATIC)
    public static class Shop {
        @Inject
        Catalogue catalogue;

        @Inject
        DraftMode draftMode;

        @GET
        public String get() {
            return (draftMode.isEnabled() ? "draft " : "") + "v"
                    + catalogue.products("shop").get(0).version();
        }
    }

    /** A static route built from a value that lives "seconds". */
    @Route("/memo/ticker")
    @RouteConfig(dynamic = Dynamic.FORCE_STATIC)
    public static class Ticker {
        @Inject
        Catalogue catalogue;

        @GET
        public String get() {
            return "tick " + catalogue.ticker();
        }
    }

    @Route("/memo/hourly")
    @RouteConfig(life = "hours")
    public static class Hourly {
        @GET
        public String get() {
            return "hourly";
        }
    }

    /** Its profile comes from configuration. */
    @Route("/memo/blog")
    public static class Blog {
        @GET
        public String get() {
            return "blog";
        }
    }

    /** {@code POST /memo/revalidate?tag=t} expires, {@code &profile=max} marks stale, {@code &update} updates. */
    @Route("/memo/revalidate")
    public static class Revalidate {
        @Inject
        RouteCache cache;

        @POST
        public RouteResponse post(RouteRequest request) {
            SearchParams query = request.searchParams();
            String tag = query.get("tag").orElseThrow();
            if (query.get("profile").isPresent()) {
                cache.revalidateTag(tag, query.get("profile").get());
            } else if (query.has("update")) {
                cache.updateTag(tag);
            } else {
                cache.revalidateTag(tag);
            }
            return RouteResponse.status(204);
        }
    }

    @Route("/memo/draft")
    public static class Draft {
        @Inject
        DraftMode draftMode;

        @GET
        public String enable() {
            draftMode.enable();
            return "draft on";
        }
    }
}
