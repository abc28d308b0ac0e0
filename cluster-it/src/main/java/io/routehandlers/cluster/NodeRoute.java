package io.routehandlers.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteCache;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.util.Optional;

/**
 * The test's view of one server: its render count ({@code GET}), a revalidation ({@code POST ?tag=} or
 * {@code ?path=}), and a
 * crash of its Hazelcast member ({@code DELETE}). For this test WAR only.
 */
@Route("/node")
@RouteConfig(dynamic = Dynamic.FORCE_DYNAMIC)
public class NodeRoute {

    @Inject
    Renders renders;

    @Inject
    RouteCache cache;

    @GET
    public String renders() {
        return Integer.toString(renders.count());
    }

    @POST
    public String revalidate(RouteRequest request) {
        Optional<String> path = request.searchParams().get("path");
        if (path.isPresent()) {
            cache.revalidatePath(path.get());
            return "revalidated " + path.get();
        }
        String tag = request.searchParams().get("tag").orElse("items");
        cache.revalidateTag(tag);
        return "revalidated " + tag;
    }

    @DELETE
    public String crashMember() {
        for (HazelcastInstance member : Hazelcast.getAllHazelcastInstances()) {
            member.getLifecycleService().terminate();
        }
        return "terminated";
    }
}
