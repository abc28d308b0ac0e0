package io.routehandlers.tck.streaming;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;

/** S-11.3: a tick every 100 ms while the client is there; the close is recorded. */
@Route("/ticker")
public class Ticker {

    @GET
    public RouteResponse get() {
        return RouteResponse.stream("text/plain;charset=UTF-8", out -> {
            out.onClose(() -> Records.add("ticker closed"));
            for (int i = 0; out.isOpen() && i < 600; i++) {
                out.write("tick " + i + "\n");
                out.flush();
                Thread.sleep(100);
            }
        });
    }
}
