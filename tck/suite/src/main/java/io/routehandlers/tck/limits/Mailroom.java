package io.routehandlers.tck.limits;

import io.routehandlers.FormData;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteCache;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.io.InputStream;

/** Reads bodies every way a handler can, under the deployment's limits. */
@Route("/mailroom/[kind]")
public class Mailroom {

    @Inject
    RouteCache cache;

    /** {@code text}: the body as text; {@code stream}: the body through its stream; {@code form}: a form. */
    @POST
    public String post(RouteRequest request, @Param("kind") String kind) throws IOException {
        switch (kind) {
            case "text":
                return request.text().length() + " characters";
            case "stream":
                try (InputStream in = request.body()) {
                    return in.readAllBytes().length + " bytes";
                }
            default:
                FormData form = request.formData();
                long fileBytes = form.file("file").map(FormData.FormFile::size).orElse(0L);
                return form.keys().size() + " fields, " + fileBytes + " file bytes";
        }
    }

    /** Passes a path from the query to the cache, as a revalidation webhook does, without checking it. */
    @DELETE
    public RouteResponse delete(RouteRequest request) {
        cache.revalidatePath(request.searchParams().get("path").orElse("/mailroom/text"));
        return RouteResponse.status(204);
    }

    /** Reads the body in the charset its Content-Type names. */
    @PUT
    public String put(RouteRequest request) {
        return request.text();
    }

    /** Redirects to a place whose name has a character outside ASCII. */
    @GET
    public RouteResponse get(@Param("kind") String kind) {
        return RouteResponse.redirect("/docs/x\u0100" + kind);
    }
}
