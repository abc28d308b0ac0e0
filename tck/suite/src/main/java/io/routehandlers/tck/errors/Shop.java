package io.routehandlers.tck.errors;

import io.routehandlers.BadRequestException;
import io.routehandlers.CookieStore;
import io.routehandlers.Navigation;
import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A shop whose handler throws what its path names. */
@Route("/shop/[kind]")
public class Shop {

    @Inject
    CookieStore cookies;

    @GET
    public String get(@Param("kind") String kind) throws Exception {
        if (kind.startsWith("cookie-")) {
            cookies.set("visited", "shop");
        }
        throw switch (kind) {
            case "cookie-out-of-stock" -> new OutOfStock("chair");
            case "cookie-bad" -> new BadRequestException("not a sku");
            case "out-of-stock" -> new OutOfStock("lamp");
            case "closed" -> new ShopException("closed on Sundays");
            case "state" -> new IllegalStateException("internal detail 42");
            case "missing" -> Navigation.notFound();
            case "bad" -> new BadRequestException("not a sku");
            case "legacy" -> new LegacyException();
            case "contextual" -> new ContextualException();
            case "fragile" -> new FragileException();
            default -> new IOException("disk detail 7");
        };
    }

    /** The same failures, as failed stages. */
    @Route("/shop/later/[kind]")
    public static class Later {
        @GET
        public CompletionStage<String> get(@Param("kind") String kind) {
            return CompletableFuture.supplyAsync(() -> {
                throw kind.equals("out-of-stock") ? new OutOfStock("desk") : new IllegalStateException("later");
            });
        }
    }

    /** A route whose filter throws. */
    @Route("/shop/guarded")
    public static class Guarded {
        @GET
        public String get() {
            return "never";
        }
    }
}
