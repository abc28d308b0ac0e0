package io.routehandlers.tck.streaming;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What the streaming routes saw on the server, one line each, for the tests to read over HTTP. */
@Route("/records")
public class Records {

    static final Queue<String> LINES = new ConcurrentLinkedQueue<>();

    static void add(String line) {
        LINES.add(line);
    }

    @GET
    public String get() {
        return String.join("\n", LINES);
    }
}
