package io.routehandlers.tck.semantics;

import io.routehandlers.EntityTag;
import io.routehandlers.Navigation;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Notes with versions (S-18.5): the @EntityTag method tells the current one, so that a PUT whose If-Match is stale is
 * 412 before it changes anything, and a GET whose If-None-Match is current is 304 without calling the handler.
 */
@Route("/semantics/notes/[id]")
public class Notes {

    @Inject
    Counter counter;

    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();

    @EntityTag
    public String version(@Param("id") String id) {
        Integer version = versions.get(id);
        return version == null ? null : "v" + version;
    }

    @GET
    public String get(@Param("id") String id) {
        counter.next("notes-get-" + id);
        String text = texts.get(id);
        if (text == null) {
            throw Navigation.notFound();
        }
        return text;
    }

    @PUT
    public String put(@Param("id") String id, RouteRequest request) {
        counter.next("notes-put-" + id);
        texts.put(id, request.text());
        return "v" + versions.merge(id, 1, Integer::sum);
    }
}
