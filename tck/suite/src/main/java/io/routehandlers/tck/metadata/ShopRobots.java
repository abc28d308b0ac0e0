package io.routehandlers.tck.metadata;

import io.routehandlers.Route;
import io.routehandlers.metadata.Robots;
import io.routehandlers.metadata.RobotsRule;
import jakarta.ws.rs.GET;

@Route("/robots.txt")
public class ShopRobots {
    @GET
    public Robots get() {
        return Robots.builder()
                .rule(RobotsRule.forAgents("Googlebot").allow("/"))
                .rule(RobotsRule.forAgents("Applebot", "Bingbot").disallow("/").crawlDelay(2))
                .host("https://example.com")
                .sitemap("https://example.com/sitemap.xml")
                .build();
    }
}
