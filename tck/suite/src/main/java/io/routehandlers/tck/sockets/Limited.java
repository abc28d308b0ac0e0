package io.routehandlers.tck.sockets;

import io.routehandlers.Route;
import io.routehandlers.RouteSocket;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;

/**
 * A socket-only route with small limits: messages of at most 1,024 bytes, closed after 2 seconds without a message
 * (the idle timeout comes from the slice's configuration).
 */
@Route("/sockets/limited")
public class Limited {

    @Socket(maxMessageSize = 1024)
    public SocketListener open() {
        return new SocketListener() {
            @Override
            public void onText(RouteSocket socket, String text) {
                socket.send("got " + text.length());
            }
        };
    }
}
