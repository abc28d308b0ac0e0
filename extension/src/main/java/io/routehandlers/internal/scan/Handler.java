package io.routehandlers.internal.scan;

import io.routehandlers.internal.config.RouteSettings;
import io.routehandlers.internal.metadata.MetadataKind;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * A handler method, validated.
 *
 * @param httpMethod the HTTP method it answers, or {@link #SOCKET} for the socket handler
 * @param method the Java method
 * @param arguments what each parameter receives
 * @param async whether it returns a {@code CompletionStage}
 * @param signature {@code com.acme.Items#get(RouteRequest)}, for logs
 * @param access who may call it
 * @param metadata the metadata kind its return type serves (S-9), resolved once when the route is scanned
 * @param variant what tells it apart from other handlers of its method: types and version (S-18)
 */
public record Handler(
        String httpMethod,
        Method method,
        List<Argument> arguments,
        boolean async,
        String signature,
        Access access,
        Optional<MetadataKind> metadata,
        Variant variant) {

    /** The {@code httpMethod} of a route's {@code @Socket} handler (S-17.1): not a method any client sends. */
    public static final String SOCKET = RouteSettings.SOCKET;

    /** The {@code httpMethod} of a route's {@code @EntityTag} method (S-18.5): called before handlers, never by a client. */
    public static final String ENTITY_TAG = "ENTITY-TAG";

    public Handler {
        arguments = List.copyOf(arguments);
    }

    /** Whether this is the route's {@code @Socket} handler, called for a WebSocket upgrade (S-17.1). */
    public boolean socket() {
        return httpMethod.equals(SOCKET);
    }
}
