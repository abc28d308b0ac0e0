package io.routehandlers.tck.sockets;

import io.routehandlers.Route;
import io.routehandlers.RouteSocket;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;

/** A socket that pages of another origin may open: the slice's configuration gives it CORS origins. */
@Route("/sockets/shared")
public class Shared {

    @Socket
    public SocketListener open() {
        return new SocketListener() {
            @Override
            public void onOpen(RouteSocket socket) {
                socket.send("shared");
            }
        };
    }
}
