package io.routehandlers.tck.sockets;

import io.routehandlers.ConcurrencyLimit;
import io.routehandlers.Route;
import io.routehandlers.RouteSocket;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;

/** One socket at a time: the concurrency limit counts open sockets. */
@Route("/sockets/single")
public class Single {

    @Socket
    @ConcurrencyLimit(1)
    public SocketListener open() {
        return new SocketListener() {
            @Override
            public void onOpen(RouteSocket socket) {
                socket.send("yours");
            }
        };
    }
}
