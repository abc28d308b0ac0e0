package io.routehandlers.internal.pipeline;

import static io.routehandlers.fixtures.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.BadRequestException;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import io.routehandlers.fixtures.Harness;
import io.routehandlers.internal.direct.DirectResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** S-13.5: json(Class) validates with Jakarta Validation when a provider is present; 400 as problem details. */
class ValidationTest {

    public record Line(
            @Min(value = 1, message = "at least one") int quantity) {}

    public record Order(
            @NotBlank(message = "a name is needed") String name,
            @Min(value = 0, message = "0 or more") long total,
            @Size(max = 2, message = "two lines at most") List<@Valid Line> lines,
            List<@NotBlank(message = "a tag has text") String> tags) {}

    @Route("/orders")
    public static class Orders {
        @POST
        public RouteResponse post(RouteRequest request) {
            Order order = request.json(Order.class);
            return RouteResponse.json(order, 201);
        }
    }

    @Route("/lenient")
    public static class Lenient {
        @POST
        public RouteResponse post(RouteRequest request) {
            try {
                request.json(Order.class);
                return RouteResponse.status(201);
            } catch (BadRequestException e) {
                return RouteResponse.text("caught").header("X-Caught", "true");
            }
        }
    }

    private Harness routes;

    @BeforeEach
    void start() {
        routes = Harness.start(Orders.class, Lenient.class);
    }

    @AfterEach
    void stop() {
        routes.close();
    }

    private DirectResponse post(String path, String json) {
        return routes.send("POST", path, List.of(Map.entry("Content-Type", "application/json")), json);
    }

    @Test
    void violationsAnswer400AsProblemDetailsAndTheHandlerNeverSeesTheObject() {
        DirectResponse response =
                post("/orders", "{\"name\":\" \",\"total\":-1,\"lines\":[{\"quantity\":0}],\"tags\":[\"home\",\"\"]}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
        assertThat(text(response))
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"violations\":["
                        + "{\"field\":\"lines[0].quantity\",\"message\":\"at least one\"},"
                        + "{\"field\":\"name\",\"message\":\"a name is needed\"},"
                        + "{\"field\":\"tags[1]\",\"message\":\"a tag has text\"},"
                        + "{\"field\":\"total\",\"message\":\"0 or more\"}]}");
    }

    @Test
    void aValidObjectReachesTheHandler() {
        DirectResponse response = post("/orders", "{\"name\":\"lamp\",\"total\":3900,\"lines\":[{\"quantity\":1}]}");
        assertThat(response.status()).isEqualTo(201);
        assertThat(text(response)).contains("\"name\":\"lamp\"");
    }

    @Test
    void aHandlerThatCatchesBadRequestsCatchesViolationsToo() {
        DirectResponse response = post("/lenient", "{\"name\":\"\",\"total\":0,\"lines\":[]}");
        assertThat(response.header("X-Caught")).contains("true");
    }
}
