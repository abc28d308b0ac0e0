package io.routehandlers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route's WebSocket handler (S-17): a {@code GET} request of the route that asks to upgrade to a WebSocket
 * ({@code Upgrade: websocket}) goes through the route's steps as any request does (matching, the caller's roles, the
 * allowed {@code Origin}s, limits, filters), then this method is called and the {@link SocketListener} it returns is
 * told of the socket's messages. A {@code GET} without the upgrade goes to the route's {@code @GET} handler, or is
 * answered {@code 426 Upgrade Required} when there is none.
 *
 * <pre>
 * &#64;Route("/rooms/[room]/socket")
 * public class RoomSocket {
 *     &#64;Inject Rooms rooms;
 *
 *     &#64;Socket
 *     public SocketListener join(&#64;Param("room") String room) {
 *         return new SocketListener() {
 *             public void onOpen(RouteSocket socket) { rooms.join(room, socket); }
 *             public void onText(RouteSocket socket, String text) { rooms.broadcast(room, text); }
 *             public void onClose(RouteSocket socket, int code, String reason) { rooms.leave(room, socket); }
 *         };
 *     }
 * }
 * </pre>
 *
 * <p>The method is public, returns {@link SocketListener} (or a class implementing it) and takes what a handler
 * takes: {@code @Param} values, {@link RouteContext}, {@link RouteRequest}, {@link HeaderStore}, {@link CookieStore}.
 * It may refuse the socket by throwing what a handler throws ({@code jakarta.ws.rs.ForbiddenException},
 * {@link Navigation#notFound()}): the client gets that answer and no socket. {@code @RolesAllowed} and
 * {@link RateLimit} apply to it as to a handler; a {@link ConcurrencyLimit} on this method counts the open sockets (a
 * class-wide one counts the route's HTTP requests only). A {@code @Socket} method that also has an HTTP method
 * annotation, or another return type, fails deployment (RH-061), as does a second one in a class (RH-021).
 *
 * <p>Limits: these attributes win over the application's {@code routehandlers.socket.max-message-size},
 * {@code .idle-timeout} and {@code .max-queued}, and the route's {@code routehandlers.route.<path>.socket.*} keys win
 * over both.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Socket {

    /** Not set here: the configured default applies. */
    long UNSET = -1;

    /**
     * The largest message the socket accepts, in bytes (a text message's UTF-8 bytes); a larger one closes the socket
     * with {@code 1009 Message Too Big}.
     *
     * @return a positive number of bytes; {@code 1048576} (1 MiB) by default
     */
    long maxMessageSize() default UNSET;

    /**
     * How long the socket may go without a message in either direction, in seconds, before it is closed with
     * {@code 1001 Going Away}; {@code 0} for no limit.
     *
     * @return seconds; {@code 300} by default
     */
    long idleTimeout() default UNSET;

    /**
     * How many bytes of messages may wait to be sent to a client that reads slower than the application writes; past
     * it the socket is closed with {@code 1013 Try Again Later} and the waiting messages are dropped.
     *
     * @return a positive number of bytes; {@code 1048576} (1 MiB) by default
     */
    long maxQueued() default UNSET;
}
