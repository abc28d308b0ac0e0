package io.routehandlers.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestResponse;
import org.junit.jupiter.api.Test;

/** The shop: a per-visitor answer whose catalogue part is a cached method's value. */
class ShopRouteTest {

    @Test
    void theShelfIsCachedForEveryoneAndTheCartIsEachVisitorsOwn() {
        try (RouteTester tester =
                RouteTester.of(ShopRoute.class, Shelf.class, Catalogue.class, RevalidateRoute.class)) {
            TestResponse ada =
                    tester.request("GET", "/api/shop").cookie("cart", "2").send();
            assertThat(ada.text())
                    .contains("\"cart\":\"2\"")
                    .contains("\"lamp\"")
                    .contains("\"mug\"");

            tester.bean(Catalogue.class).add(new Item("desk", "Oak desk", 25_000));
            TestResponse bob =
                    tester.request("GET", "/api/shop").cookie("cart", "5").send();
            assertThat(bob.text()).contains("\"cart\":\"5\"").doesNotContain("desk");

            tester.request("POST", "/api/revalidate?tag=products")
                    .user("ada", "admin")
                    .send();
            assertThat(tester.get("/api/shop").text()).contains("\"desk\"").contains("\"cart\":\"empty\"");
        }
    }
}
