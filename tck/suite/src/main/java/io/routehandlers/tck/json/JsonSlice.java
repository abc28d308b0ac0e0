package io.routehandlers.tck.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The application's JSON-B on routes (S-15.6), run over HTTP on each server ({@link JsonTest}, which also compares a
 * Jakarta REST resource's bytes) and in process (routehandlers-testing's {@code JsonInProcessTest}).
 */
public abstract class JsonSlice {

    /** The route, the record and the application's JSON-B. */
    public static final Class<?>[] ROUTES = {Lines.class, OrderLine.class, SnakeCase.class};

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    @Test
    @Spec("S-15.6")
    void aRouteWritesJsonWithTheApplicationsJsonb() {
        Reply reply = client().get("/lines/lamp");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).contains("application/json");
        assertThat(reply.body())
                .contains("\"product_name\":\"lamp\"", "\"unit_count\":2", "\"gift_note\":null")
                .doesNotContain("productName");
    }

    @Test
    @Spec("S-15.6")
    void aRouteReadsJsonWithTheApplicationsJsonb() {
        Reply reply = client().send(
                        "POST",
                        "/lines/desk",
                        List.of(Map.entry("Content-Type", "application/json")),
                        "{\"product_name\":\"desk\",\"unit_count\":4}");
        assertThat(reply.body()).isEqualTo("desk x4");
    }
}
