package io.routehandlers.internal.pipeline;

import static io.routehandlers.fixtures.Harness.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.fixtures.Harness;
import jakarta.ws.rs.GET;
import org.junit.jupiter.api.Test;

/**
 * One handler method inherited by two routes whose param sits at another position in each path: each route's call
 * takes the param from its own position.
 */
class InheritedHandlerTest {

    /** A handler shared by subclasses: the id, wherever the route's path puts it. */
    public abstract static class Documents {
        @GET
        public String get(@Param("id") String id) {
            return "document " + id;
        }
    }

    @Route("/documents/[id]")
    public static class TopDocuments extends Documents {}

    @Route("/folders/[folder]/documents/[id]")
    public static class FolderDocuments extends Documents {}

    @Test
    void eachRouteGivesTheInheritedHandlerItsOwnParam() {
        try (Harness routes = Harness.start(TopDocuments.class, FolderDocuments.class)) {
            assertThat(text(routes.get("/documents/7"))).isEqualTo("document 7");
            assertThat(text(routes.get("/folders/inbox/documents/9"))).isEqualTo("document 9");
        }
    }
}
