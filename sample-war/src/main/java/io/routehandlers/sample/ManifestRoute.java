package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.metadata.Manifest;
import jakarta.ws.rs.GET;

/** {@code /manifest.webmanifest}: the web app manifest of the shop. */
@Route("/manifest.webmanifest")
public class ManifestRoute {

    @GET
    public Manifest get() {
        return Manifest.builder()
                .name("routehandlers sample shop")
                .shortName("Shop")
                .startUrl("/")
                .display(Manifest.Display.STANDALONE)
                .backgroundColor("#ffffff")
                .themeColor("#0b7285")
                .icon(Manifest.Icon.of("/favicon.ico").sizes("any").type("image/x-icon"))
                .build();
    }
}
