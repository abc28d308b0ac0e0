package ${package};

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.Map;

/** {@code GET /hello/ada} answers {@code {"hello":"ada"}}: a dynamic segment, bound by name. */
@Route("/hello/[name]")
public class HelloRoute {

    @GET
    public Map<String, String> get(@Param("name") String name) {
        return Map.of("hello", name);
    }
}
