import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N route classes ({@code /r<i>/items/[slug]}, sync and async) and N Jakarta REST resources
 * ({@code /rest/r<i>/items/{slug}}) of the same shape: java Generate.java OUTPUT_DIR N
 */
public class Generate {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0], "io/routehandlers/benchmarks/generated");
        int size = Integer.parseInt(args[1]);
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        for (int i = 0; i < size; i++) {
            write(dir, "Route" + i, """
                    package io.routehandlers.benchmarks.generated;

                    import io.routehandlers.Param;
                    import io.routehandlers.Route;
                    import io.routehandlers.benchmarks.Item;
                    import jakarta.ws.rs.GET;

                    @Route("/r%1$d/items/[slug]")
                    public class Route%1$d {
                        @GET
                        public Item get(@Param("slug") String slug) {
                            return new Item(slug, %1$d);
                        }
                    }
                    """.formatted(i));
            write(dir, "Resource" + i, """
                    package io.routehandlers.benchmarks.generated;

                    import io.routehandlers.benchmarks.Item;
                    import jakarta.ws.rs.GET;
                    import jakarta.ws.rs.Path;
                    import jakarta.ws.rs.PathParam;
                    import jakarta.ws.rs.Produces;
                    import jakarta.ws.rs.core.MediaType;

                    @Path("r%1$d/items/{slug}")
                    public class Resource%1$d {
                        @GET
                        @Produces(MediaType.APPLICATION_JSON)
                        public Item get(@PathParam("slug") String slug) {
                            return new Item(slug, %1$d);
                        }
                    }
                    """.formatted(i));
        }
    }

    private static void write(Path dir, String name, String source) throws IOException {
        Files.writeString(dir.resolve(name + ".java"), source);
    }
}
