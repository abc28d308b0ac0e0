package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.metadata.Robots;
import io.routehandlers.metadata.RobotsRule;
import jakarta.ws.rs.GET;

/** {@code /robots.txt}: crawlers may read the API but not the account pages. */
@Route("/robots.txt")
public class RobotsRoute {

    @GET
    public Robots get() {
        return Robots.of(RobotsRule.forAll().allow("/").disallow("/api/account", "/api/session"))
                .sitemap(SitemapRoute.SITE + "/sitemap.xml");
    }
}
