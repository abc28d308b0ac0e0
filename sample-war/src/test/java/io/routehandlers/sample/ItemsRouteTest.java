package io.routehandlers.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.RouteTest;
import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestResponse;
import org.junit.jupiter.api.Test;

/** The items API, tested in process: the same pipeline as on Liberty, without Liberty. */
@RouteTest({ItemsRoute.class, ItemRoute.class, Catalogue.class})
class ItemsRouteTest {

    @Test
    void listsTheCatalogueAsJson(RouteTester tester) {
        TestResponse response = tester.get("/api/items");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json(Item[].class)).extracting(Item::slug).containsExactly("lamp", "mug");
    }

    @Test
    void addsAnItemAndSaysWhereItIs(RouteTester tester) {
        TestResponse created = tester.request("POST", "/api/items")
                .json(new Item("desk", "Oak desk", 24900))
                .send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/items/desk");
        assertThat(tester.get("/api/items/desk").json(Item.class).name()).isEqualTo("Oak desk");
    }

    @Test
    void rejectsAnItemWithoutItsFieldsWithTheViolationsAndStoresNothing(RouteTester tester) {
        TestResponse response =
                tester.request("POST", "/api/items").text("{\"price\":-1}").send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(response.text())
                .contains("{\"field\":\"name\",\"message\":\"must not be blank\"}")
                .contains("{\"field\":\"price\",\"message\":\"must be greater than or equal to 0\"}")
                .contains("{\"field\":\"slug\",\"message\":\"must not be null\"}");
        assertThat(tester.get("/api/items").json(Item[].class)).hasSize(2);
    }

    @Test
    void rejectsASlugThatCouldSplitAHeaderBeforeStoringIt(RouteTester tester) {
        TestResponse response = tester.request("POST", "/api/items")
                .json(new Item("a\r\nSet-Cookie: x=1", "Trap", 1))
                .send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text())
                .contains(
                        "\"field\":\"slug\",\"message\":\"must be 1 to 40 lower-case letters, digits and inner hyphens\"");
        assertThat(tester.get("/api/items").json(Item[].class)).hasSize(2);
    }

    @Test
    void malformedJsonIsABadRequest(RouteTester tester) {
        assertThat(tester.request("POST", "/api/items")
                        .text("{\"slug\":")
                        .send()
                        .status())
                .isEqualTo(400);
    }

    @Test
    void takenSlugIsAConflict(RouteTester tester) {
        TestResponse response = tester.request("POST", "/api/items")
                .json(new Item("lamp", "Another lamp", 100))
                .send();
        assertThat(response.status()).isEqualTo(409);
    }

    @Test
    void unknownItemIs404AndDeletingOneRemovesIt(RouteTester tester) {
        assertThat(tester.get("/api/items/sofa").status()).isEqualTo(404);
        assertThat(tester.request("DELETE", "/api/items/mug").send().status()).isEqualTo(204);
        assertThat(tester.get("/api/items/mug").status()).isEqualTo(404);
    }

    @Test
    void putIsNotAMethodOfTheListAnd405SaysWhatIs(RouteTester tester) {
        TestResponse response = tester.request("PUT", "/api/items").send();
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).contains("GET, HEAD, OPTIONS, POST, QUERY");
    }

    @Test
    void answersAnItemAsMarkdownForAgentsThatAskForIt(RouteTester tester) {
        TestResponse markdown = tester.request("GET", "/api/items/lamp")
                .header("Accept", "text/markdown")
                .send();
        assertThat(markdown.header("Content-Type")).contains("text/markdown;charset=UTF-8");
        assertThat(markdown.text()).startsWith("# Desk lamp").contains("- price: 39.00");
        assertThat(markdown.headers("Vary")).contains("Accept");
        assertThat(tester.request("GET", "/api/items/lamp")
                        .header("Accept", "image/png")
                        .send()
                        .status())
                .isEqualTo(406);
    }

    @Test
    void replacesAnItemOnlyIfNobodyChangedItSinceItWasRead(RouteTester tester) {
        String etag = tester.get("/api/items/mug").header("ETag").orElseThrow();
        TestResponse mine = tester.request("PUT", "/api/items/mug")
                .header("If-Match", etag)
                .json(new Item("mug", "Tea mug", 1300))
                .send();
        assertThat(mine.status()).isEqualTo(200);
        TestResponse theirs = tester.request("PUT", "/api/items/mug")
                .header("If-Match", etag)
                .json(new Item("mug", "Beer mug", 1500))
                .send();
        assertThat(theirs.status()).as("a lost update").isEqualTo(412);
        assertThat(tester.get("/api/items/mug").json(Item.class).name()).isEqualTo("Tea mug");
    }

    @Test
    void searchesWithAQuery(RouteTester tester) {
        TestResponse found = tester.request("QUERY", "/api/items")
                .json(new ItemsRoute.Filter("lamp", 5000L))
                .send();
        assertThat(found.json(Item[].class)).extracting(Item::slug).containsExactly("lamp");
        assertThat(tester.request("OPTIONS", "/api/items").send().header("Allow"))
                .contains("GET, HEAD, OPTIONS, POST, QUERY");
    }
}
