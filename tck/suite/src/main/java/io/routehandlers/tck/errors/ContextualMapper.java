package io.routehandlers.tck.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A Jakarta REST mapper that needs {@code @Context}: routes leave it out, with a warning at deployment. */
@ApplicationScoped
public class ContextualMapper implements ExceptionMapper<ContextualException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ContextualException exception) {
        return Response.status(418).build(); // routes leave it out: a 418 would show they did not
    }
}
