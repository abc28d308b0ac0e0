package io.routehandlers.internal.scan;

import java.lang.reflect.Method;
import java.util.List;

/**
 * A handler method, validated.
 *
 * @param httpMethod the HTTP method it answers
 * @param method the Java method
 * @param arguments what each parameter receives
 * @param async whether it returns a {@code CompletionStage}
 * @param signature {@code com.acme.Items#get(RouteRequest)}, for logs
 * @param access who may call it
 */
public record Handler(
        String httpMethod, Method method, List<Argument> arguments, boolean async, String signature, Access access) {

    public Handler {
        arguments = List.copyOf(arguments);
    }
}
