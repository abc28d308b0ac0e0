package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import io.routehandlers.metadata.ImageIds;
import jakarta.ws.rs.GET;
import java.util.List;

/** {@code @ImageIds} on a route whose GET handler returns text, not an image. */
@Route("/notes.txt")
public class MisplacedImageIds {
    @ImageIds
    public List<String> ids() {
        return List.of("a");
    }

    @GET
    public String get() {
        return "notes";
    }
}
