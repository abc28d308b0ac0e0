package io.routehandlers.sample.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.routehandlers.sample.Catalogue;
import io.routehandlers.sample.ItemRoute;
import io.routehandlers.sample.ItemsRoute;
import io.routehandlers.sample.client.api.ItemsApi;
import io.routehandlers.sample.client.model.Item;
import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestRequest;
import io.routehandlers.testing.TestResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sample's items API called through a Java client that OpenAPI Generator made from the routes' document
 * ({@code target/openapi/sample.json}, written by {@code OpenApiDocumentTest}): the routes answer in process, behind
 * a plain JDK HTTP server that hands each request to the {@link RouteTester}, so the client talks HTTP as it would to
 * a server.
 */
class ItemsClientIT {

    private RouteTester tester;
    private HttpServer server;
    private ItemsApi items;

    @BeforeEach
    void start() throws IOException {
        tester = RouteTester.of(ItemsRoute.class, ItemRoute.class, Catalogue.class);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + server.getAddress().getPort());
        items = new ItemsApi(client);
    }

    @AfterEach
    void stop() {
        server.stop(0);
        tester.close();
    }

    /** One request of the client, answered by the routes in process. */
    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            TestRequest request = tester.request(
                    exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    String[] parts = pair.split("=", 2);
                    request.query(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
                }
            }
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!List.of("content-type", "content-length", "host", "connection")
                        .contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (body.length > 0 || contentType != null) {
                request.body(body, contentType == null ? "application/octet-stream" : contentType);
            }
            TestResponse response = request.send();
            for (Map.Entry<String, String> header : response.headers()) {
                exchange.getResponseHeaders().add(header.getKey(), header.getValue());
            }
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.status(), answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Test
    void listsTheCatalogue() throws ApiException {
        assertThat(items.listItems()).extracting(Item::getSlug).containsExactly("lamp", "mug");
    }

    @Test
    void addsAnItemAndReadsItBack() throws ApiException {
        Item added = items.addItem(new Item().slug("desk").name("Oak desk").price(24900L));
        assertThat(added.getSlug()).isEqualTo("desk");
        assertThat(items.getItem("desk").getName()).isEqualTo("Oak desk");
    }

    @Test
    void anItemThatBreaksItsConstraintsIsABadRequestWithTheViolations() {
        assertThatThrownBy(() -> items.addItem(new Item().slug("Not A Slug").name("").price(-1L)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("\"violations\"").contains("\"field\":\"slug\"");
                });
    }

    @Test
    void replacesAndRemovesAnItem() throws ApiException {
        Item lamp = items.getItem("lamp");
        items.replaceItem("lamp", lamp.name("Brass lamp"));
        assertThat(items.getItem("lamp").getName()).isEqualTo("Brass lamp");

        items.removeItem("lamp");
        assertThatThrownBy(() -> items.getItem("lamp"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }
}
