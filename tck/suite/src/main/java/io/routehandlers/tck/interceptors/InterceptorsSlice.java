package io.routehandlers.tck.interceptors;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.Test;

/**
 * The application's interceptors on handlers (S-15.7), run over HTTP on each server ({@link InterceptorsTest}) and
 * in process (routehandlers-testing's {@code InterceptorsInProcessTest}).
 */
public abstract class InterceptorsSlice {

    /** The routes, the binding and its interceptor. */
    public static final Class<?>[] CLASSES = {Megaphone.class, Megaphone.Whisper.class, Shouted.class, Shouting.class};

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    @Test
    @Spec("S-15.7")
    void aBindingOnTheRouteClassInterceptsEveryHandler() {
        assertThat(client().get("/megaphone/hello").body()).isEqualTo("HELLO");
        assertThat(client().send("POST", "/megaphone/hello").body()).isEqualTo("HELLO LATER");
    }

    @Test
    @Spec("S-15.7")
    void aBindingOnAHandlerMethodInterceptsThatHandlerOnly() {
        assertThat(client().get("/whisper/hush").body()).isEqualTo("hush");
        assertThat(client().send("POST", "/whisper/hush").body()).isEqualTo("HUSH");
    }
}
