package io.routehandlers.tck.broken;

import io.routehandlers.ApiVersion;
import io.routehandlers.EntityTag;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;

/**
 * Handlers a request could not tell apart, and values that cannot be read: two GETs of version 1, two POSTs that both
 * produce JSON, a malformed version, and an @EntityTag method that returns no String. (A malformed media type is
 * not here: Payara's Jersey refuses it itself, before the extension; routehandlers-testing checks RH-062 for it.)
 */
@Route("/broken/variants")
public class BadVariants {

    @GET
    @ApiVersion("1")
    public String first() {
        return "first";
    }

    @GET
    @ApiVersion("1.0")
    public String alsoFirst() {
        return "also first";
    }

    @POST
    @Produces("application/json")
    public String json() {
        return "{}";
    }

    @POST
    @Produces({"text/plain", "application/json"})
    public String textOrJson() {
        return "{}";
    }

    @GET
    @ApiVersion("two")
    public String two() {
        return "two";
    }

    @EntityTag
    public int version() {
        return 1;
    }
}
