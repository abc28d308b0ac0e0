package io.routehandlers.tck.security;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.concurrent.atomic.AtomicLong;

/** A route only admins may call, at a pattern no web.xml security constraint can express. */
@Route("/orders/[id]/refund")
@RolesAllowed("admin")
public class Refunds {

    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();

    @GET
    public String get(@Param("id") String id) {
        return "refund of order " + id;
    }

    @POST
    public String post(RouteRequest request, @Param("id") String id) {
        calls.incrementAndGet();
        bytesRead.addAndGet(request.bytes().length);
        return "refunded order " + id;
    }

    /** The handler calls and body bytes read so far. */
    String usage() {
        return calls.get() + " calls, " + bytesRead.get() + " bytes";
    }
}
