package io.routehandlers.tck.sockets;

import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the slice's sockets saw close, one line each, readable at {@code GET /sockets/journal}. */
@Route("/sockets/journal")
public class Journal {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    void note(String line) {
        lines.add(line);
    }

    @GET
    public String get() {
        return String.join("\n", lines);
    }
}
