package io.routehandlers.tck.handlers;

import io.routehandlers.Params;
import io.routehandlers.Route;
import io.routehandlers.RouteContext;
import jakarta.ws.rs.GET;
import java.util.LinkedHashMap;
import java.util.Map;

@Route("/orgs/[org]/repos/[repo]/[[...path]]")
public class Repositories {
    @GET
    public Map<String, Object> get(RouteContext<Params> ctx) {
        Params params = ctx.params();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("map", params.asMap());
        answer.put("org", params.get("org").orElseThrow());
        answer.put("path", params.getAll("path"));
        answer.put("joined", params.get("path").orElse("(none)"));
        answer.put("missing", params.get("missing").isPresent());
        return answer;
    }
}
