package io.routehandlers.tck.metadata;

import io.routehandlers.Route;
import io.routehandlers.metadata.Manifest;
import jakarta.ws.rs.GET;

@Route("/manifest.webmanifest")
public class ShopManifest {
    @GET
    public Manifest get() {
        return Manifest.builder()
                .name("Shop")
                .startUrl("/")
                .display(Manifest.Display.STANDALONE)
                .icon(Manifest.Icon.of("/icon.png").type("image/png").sizes("192x192"))
                .build();
    }
}
