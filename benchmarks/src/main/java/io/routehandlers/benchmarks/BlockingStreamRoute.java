package io.routehandlers.benchmarks;

import io.routehandlers.Route;
import io.routehandlers.RouteResponse;
import jakarta.ws.rs.GET;

/**
 * {@code /streams/blocking}: a stream whose body blocks, as one reading a database cursor or a slow upstream would: it
 * sleeps a second between items, holding no lock, for up to two minutes. Each item is the line {@code :}, which
 * {@code SseLoad} counts. What 1,000 of them cost with platform threads and with virtual ones (S-11.7,
 * {@code benchmarks/streaming.sh blocking}).
 */
@Route("/streams/blocking")
public class BlockingStreamRoute {

    @GET
    public RouteResponse get() {
        return RouteResponse.stream("text/plain;charset=UTF-8", stream -> {
            long end = System.nanoTime() + 120_000_000_000L;
            while (stream.isOpen() && System.nanoTime() < end) {
                Thread.sleep(1000);
                stream.write(":\n");
                stream.flush();
            }
        });
    }
}
