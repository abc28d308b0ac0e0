package io.routehandlers.tck.sockets;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteSocket;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A chat room per path: what one socket of a room sends goes to every socket of that room, itself included. */
@Route("/sockets/rooms/[room]")
public class Rooms {

    private final Map<String, Set<RouteSocket>> rooms = new ConcurrentHashMap<>();

    @Socket
    public SocketListener join(@Param("room") String room) {
        Set<RouteSocket> members = rooms.computeIfAbsent(room, r -> ConcurrentHashMap.newKeySet());
        return new SocketListener() {
            @Override
            public void onOpen(RouteSocket socket) {
                members.add(socket);
                socket.send("joined " + room);
            }

            @Override
            public void onText(RouteSocket socket, String text) {
                members.forEach(member -> member.send(room + ": " + text));
            }

            @Override
            public void onClose(RouteSocket socket, int code, String reason) {
                members.remove(socket);
            }
        };
    }
}
