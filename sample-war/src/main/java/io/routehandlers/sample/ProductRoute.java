package io.routehandlers.sample;

import static io.routehandlers.Navigation.notFound;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.StaticParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/products/[slug]}: one page per catalogue item, prerendered at startup from the list that
 * {@link StaticParams} returns; other slugs answer 404 ({@code dynamicParams = false}). Tagged
 * {@code products}, so {@code POST /api/revalidate?tag=products} renders them again on their next request.
 */
@Route("/api/products/[slug]")
@RouteConfig(dynamicParams = false, tags = "products")
public class ProductRoute {

    /** What the route answers. */
    public record Product(Item item, Instant renderedAt) {}

    @Inject
    Catalogue catalogue;

    @StaticParams
    List<Map<String, String>> slugs() {
        return catalogue.all().stream().map(item -> Map.of("slug", item.slug())).toList();
    }

    @GET
    public Product get(@Param("slug") String slug) {
        return new Product(catalogue.find(slug).orElseThrow(() -> notFound()), Instant.now());
    }
}
