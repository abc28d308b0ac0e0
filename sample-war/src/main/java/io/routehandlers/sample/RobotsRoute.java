package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.metadata.Robots;
import io.routehandlers.metadata.RobotsRule;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@code /robots.txt}: crawlers may read the API but not the account pages; the sitemap index is named. */
@Route("/robots.txt")
public class RobotsRoute {

    @Inject
    @ConfigProperty(name = "routehandlers.metadata.base-url")
    String site;

    @GET
    public Robots get() {
        return Robots.of(RobotsRule.forAll().allow("/").disallow("/api/account", "/api/session"))
                .sitemap(site + "/sitemap.xml");
    }
}
