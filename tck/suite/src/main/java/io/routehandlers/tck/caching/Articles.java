package io.routehandlers.tck.caching;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.StaticParams;
import jakarta.ws.rs.GET;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Articles listed at startup, tagged; others answer 404. */
@Route("/articles/[slug]")
@RouteConfig(revalidate = RouteConfig.FOREVER, dynamicParams = false, tags = "articles")
public class Articles {

    private final AtomicInteger renders = new AtomicInteger();

    @StaticParams
    static List<Map<String, String>> slugs() {
        return List.of(Map.of("slug", "a"), Map.of("slug", "b"));
    }

    @GET
    public String get(@Param("slug") String slug) {
        return "article " + slug + " render " + renders.incrementAndGet();
    }
}
