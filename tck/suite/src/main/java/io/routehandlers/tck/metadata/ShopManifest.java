package io.routehandlers.tck.metadata;

import io.routehandlers.Route;
import io.routehandlers.metadata.Manifest;
import jakarta.ws.rs.GET;

/** The example of Next.js's manifest.ts docs, built in the same order. */
@Route("/manifest.webmanifest")
public class ShopManifest {
    @GET
    public Manifest get() {
        return Manifest.builder()
                .name("Next.js App")
                .shortName("Next.js App")
                .description("Next.js App")
                .startUrl("/")
                .display(Manifest.Display.STANDALONE)
                .backgroundColor("#fff")
                .themeColor("#fff")
                .icon(Manifest.Icon.of("/favicon.ico").sizes("any").type("image/x-icon"))
                .build();
    }
}
