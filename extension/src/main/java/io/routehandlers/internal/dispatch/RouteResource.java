package io.routehandlers.internal.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/**
 * The one Jakarta REST resource of {@link RoutesApplication}, for what the {@link RouteFilter} does not
 * write itself. {@code async}: handlers returning a {@code CompletionStage}, run here so that Jakarta REST
 * suspends the request. {@code sync}: a synchronous handler's answer whose entity needs one of the server's
 * {@code MessageBodyWriter}s, computed by the filter and returned as is. {@code HEAD} is not declared, so
 * Jakarta REST runs the {@code GET} method and drops the body (the dispatcher still calls a declared HEAD
 * handler).
 */
@Path(RouteResource.PATH)
@ApplicationScoped
public class RouteResource {

    /** The resource path below the application. */
    static final String PATH = "dispatch";
    /** Sub-path of synchronous handlers. */
    static final String SYNC = "sync";
    /** Sub-path of handlers returning a {@code CompletionStage}. */
    static final String ASYNC = "async";

    @Inject
    RouteDispatcher dispatcher;

    @GET
    @Path(SYNC)
    public Response get(@Context HttpServletRequest request) {
        return RouteFilter.answerFor(request);
    }

    @POST
    @Path(SYNC)
    public Response post(@Context HttpServletRequest request) {
        return RouteFilter.answerFor(request);
    }

    @PUT
    @Path(SYNC)
    public Response put(@Context HttpServletRequest request) {
        return RouteFilter.answerFor(request);
    }

    @PATCH
    @Path(SYNC)
    public Response patch(@Context HttpServletRequest request) {
        return RouteFilter.answerFor(request);
    }

    @DELETE
    @Path(SYNC)
    public Response delete(@Context HttpServletRequest request) {
        return RouteFilter.answerFor(request);
    }

    @OPTIONS
    @Path(SYNC)
    public Response options(@Context HttpServletRequest request) {
        return RouteFilter.answerFor(request);
    }

    @GET
    @Path(ASYNC)
    public CompletionStage<Response> getAsync(@Context HttpServletRequest request) {
        return dispatcher.dispatchAsync(request);
    }

    @POST
    @Path(ASYNC)
    public CompletionStage<Response> postAsync(@Context HttpServletRequest request) {
        return dispatcher.dispatchAsync(request);
    }

    @PUT
    @Path(ASYNC)
    public CompletionStage<Response> putAsync(@Context HttpServletRequest request) {
        return dispatcher.dispatchAsync(request);
    }

    @PATCH
    @Path(ASYNC)
    public CompletionStage<Response> patchAsync(@Context HttpServletRequest request) {
        return dispatcher.dispatchAsync(request);
    }

    @DELETE
    @Path(ASYNC)
    public CompletionStage<Response> deleteAsync(@Context HttpServletRequest request) {
        return dispatcher.dispatchAsync(request);
    }

    @OPTIONS
    @Path(ASYNC)
    public CompletionStage<Response> optionsAsync(@Context HttpServletRequest request) {
        return dispatcher.dispatchAsync(request);
    }
}
