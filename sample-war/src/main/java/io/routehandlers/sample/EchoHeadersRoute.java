package io.routehandlers.sample;

import io.routehandlers.HeaderStore;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.Map;

/** {@code /echo-headers}: the referer and user agent, read through the HeaderStore. */
@Route("/echo-headers")
public class EchoHeadersRoute {

    @GET
    public Map<String, String> get(HeaderStore headers) {
        return Map.of(
                "referer",
                headers.get("referer").orElse(""),
                "userAgent",
                headers.get("user-agent").orElse(""));
    }
}
