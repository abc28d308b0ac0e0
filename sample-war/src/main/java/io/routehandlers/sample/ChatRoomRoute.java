package io.routehandlers.sample;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteSocket;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.util.Map;

/**
 * {@code /api/rooms/[room]}: a chat room. A WebSocket to it joins the room, and every message a member sends goes to
 * every member; a plain {@code GET} shows who is in and the last messages. In a browser's console on
 * {@code http://localhost:9080}:
 *
 * <pre>
 * const ws = new WebSocket("ws://localhost:9080/api/rooms/lobby");
 * ws.onmessage = e =&gt; console.log(e.data);
 * ws.send("hello");
 * </pre>
 *
 * A page of another origin is refused ({@code 403}): the route has no CORS origins.
 */
@Route("/api/rooms/[room]")
public class ChatRoomRoute {

    @Inject
    ChatRooms rooms;

    @GET
    public Map<String, Object> get(@Param("room") String room) {
        return Map.of("room", room, "members", rooms.members(room), "recent", rooms.recent(room));
    }

    @Socket(maxMessageSize = 4096)
    public SocketListener join(@Param("room") String room) {
        return new SocketListener() {
            @Override
            public void onOpen(RouteSocket socket) {
                for (String line : rooms.join(room, socket)) {
                    socket.send(line);
                }
            }

            @Override
            public void onText(RouteSocket socket, String text) {
                rooms.say(room, socket, text);
            }

            @Override
            public void onClose(RouteSocket socket, int code, String reason) {
                rooms.leave(room, socket);
            }
        };
    }
}
