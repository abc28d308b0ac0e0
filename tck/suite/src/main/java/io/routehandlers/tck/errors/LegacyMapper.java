package io.routehandlers.tck.errors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** The application's Jakarta REST mapper, a CDI bean without {@code @Context}: routes use it. */
@ApplicationScoped
public class LegacyMapper implements ExceptionMapper<LegacyException> {
    @Override
    public Response toResponse(LegacyException exception) {
        return Response.status(410)
                .type(MediaType.TEXT_PLAIN_TYPE)
                .entity("gone")
                .build();
    }
}
