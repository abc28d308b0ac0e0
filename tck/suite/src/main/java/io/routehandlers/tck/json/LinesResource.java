package io.routehandlers.tck.json;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The same order lines as a Jakarta REST resource. */
@Path("lines/{product}")
public class LinesResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public OrderLine get(@PathParam("product") String product) {
        return new OrderLine(product, 2, null);
    }
}
