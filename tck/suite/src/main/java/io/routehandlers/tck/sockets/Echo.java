package io.routehandlers.tck.sockets;

import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteSocket;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

/** Echoes what its sockets send, prefixed with the path's name; a plain {@code GET} is answered by its own handler. */
@Route("/sockets/echo/[name]")
public class Echo {

    @Inject
    Journal journal;

    @GET
    public String get(@Param("name") String name) {
        return "echo of " + name + " answers WebSockets";
    }

    @Socket
    public SocketListener echo(@Param("name") String name) {
        return new SocketListener() {
            @Override
            public void onOpen(RouteSocket socket) {
                socket.send("hello " + name);
            }

            @Override
            public void onText(RouteSocket socket, String text) {
                if (text.equals("bye")) {
                    socket.close(4000, "asked to");
                } else {
                    socket.send(name + ": " + text);
                }
            }

            @Override
            public void onBinary(RouteSocket socket, byte[] data) {
                byte[] reversed = new byte[data.length];
                for (int i = 0; i < data.length; i++) {
                    reversed[i] = data[data.length - 1 - i];
                }
                socket.send(reversed);
            }

            @Override
            public void onClose(RouteSocket socket, int code, String reason) {
                journal.note("echo " + name + " closed " + code + " " + reason);
            }
        };
    }
}
