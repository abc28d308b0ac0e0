package io.routehandlers.internal.scan;

import io.routehandlers.internal.metadata.MetadataKind;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * A handler method, validated.
 *
 * @param httpMethod the HTTP method it answers
 * @param method the Java method
 * @param arguments what each parameter receives
 * @param async whether it returns a {@code CompletionStage}
 * @param signature {@code com.acme.Items#get(RouteRequest)}, for logs
 * @param access who may call it
 * @param metadata the metadata kind its return type serves (S-9), resolved once when the route is scanned
 */
public record Handler(
        String httpMethod,
        Method method,
        List<Argument> arguments,
        boolean async,
        String signature,
        Access access,
        Optional<MetadataKind> metadata) {

    public Handler {
        arguments = List.copyOf(arguments);
    }
}
