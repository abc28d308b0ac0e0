package io.routehandlers.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One HTTP request and its answer, as the route pipeline sees them. The pipeline knows nothing else of the server:
 * the servlet filter adapts a servlet request and response to this interface, and the in-process adapter
 * ({@code DirectExchange}) builds one from a test's request. Header names are case-insensitive.
 */
public interface Exchange {

    /** The request method as sent, such as {@code GET}. */
    String method();

    /** The application's context root, {@code ""} for the root context, else {@code /shop}. */
    String contextPath();

    /** The path below the context root as the client sent it, not decoded, starting with {@code /}. */
    String path();

    /** The raw query string, without {@code ?}. */
    Optional<String> query();

    /** {@code scheme://host[:port]} of the request, the port left out when it is the scheme's default. */
    String origin();

    /**
     * The address of the connection's peer, as the server reports it ({@code 192.0.2.7}, {@code 2001:db8::7}): the
     * client, or the last proxy on the way (S-16.1).
     */
    String remoteAddress();

    /** The first value of a request header. */
    Optional<String> header(String name);

    /** Every value of a request header, in order. */
    List<String> headers(String name);

    /** The request's header names, as sent. */
    List<String> headerNames();

    /** The declared {@code Content-Length}, if any. */
    OptionalLong contentLength();

    /** The request body, read once. */
    InputStream body() throws IOException;

    /** The authenticated caller, if any. */
    Optional<Principal> user();

    /** Whether the authenticated caller is in a role. */
    boolean isUserInRole(String role);

    /**
     * Asks the server's authentication mechanism to authenticate the caller.
     *
     * @return whether a caller is known now, the mechanism has answered itself (a challenge), or no mechanism is
     *     configured for the application
     */
    Authentication authenticate() throws IOException;

    /** The outcome of {@link #authenticate()}. */
    enum Authentication {
        /** A caller is known now. */
        AUTHENTICATED,
        /** The mechanism sent its own answer, such as {@code 401} with {@code WWW-Authenticate}. */
        CHALLENGED,
        /** The application has no authentication mechanism. */
        UNAVAILABLE
    }

    /**
     * The request matched a route: the adapter tells the server's telemetry (S-13.2). Called once, on the request's
     * thread, before anything is answered.
     *
     * @param template the route's path as a template relative to the application, such as {@code /items/{slug}}
     */
    default void routed(String template) {}

    /**
     * Sends the answer and ends the exchange. Called once, from any thread once the exchange is suspended.
     *
     * @throws IOException when the client went away
     */
    void send(Answer answer) throws IOException;

    /**
     * Answers an empty {@code 500} if nothing of the answer was sent yet, and ends the exchange: the last resort when
     * the pipeline itself failed. Never throws.
     */
    default void sendFailure() {
        sendFailure(Answer.empty(500));
    }

    /**
     * Sends a failure's answer if nothing of the answer was sent yet, whatever was set before (a reset), and ends the
     * exchange. Wrappers add to it what every answer of the request carries (CORS headers, a filter's headers).
     * Never throws.
     *
     * @param failure the answer, its body in memory
     */
    void sendFailure(Answer failure);

    /**
     * Keeps the exchange open after the calling thread returns, until {@link #send} or {@link #sendFailure}. The
     * exchange sets no timeout of its own: the pipeline enforces the route's async timeout (S-3.6).
     *
     * @param events told of a client that goes away
     * @return {@code false} when the exchange cannot be suspended (a filter before the routes does not support
     *     async requests); the caller then waits on its own thread
     */
    boolean suspend(Suspension events);

    /** What a suspended exchange tells the pipeline. */
    interface Suspension {
        /** The client went away or the connection failed. */
        void disconnected(Throwable cause);
    }
}
