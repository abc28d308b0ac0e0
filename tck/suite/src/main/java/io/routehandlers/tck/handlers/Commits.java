package io.routehandlers.tck.handlers;

import io.routehandlers.HeaderStore;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteContext;
import io.routehandlers.RouteRequest;
import jakarta.ws.rs.GET;
import java.util.List;

/** Every kind of parameter, in an unusual order. */
@Route("/repos/[repo]/commits/[...sha]")
public class Commits {

    public record CommitParams(String repo, List<String> sha) {}

    @GET
    public String get(
            HeaderStore headers,
            @Param("sha") List<String> sha,
            RouteContext<CommitParams> ctx,
            RouteRequest request,
            @Param("repo") String repo) {
        return String.join(
                "|",
                repo,
                sha.toString(),
                ctx.params().toString(),
                request.method(),
                headers.get("X-Client").orElse("-"));
    }
}
