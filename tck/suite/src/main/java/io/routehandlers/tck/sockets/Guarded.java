package io.routehandlers.tck.sockets;

import io.routehandlers.Route;
import io.routehandlers.RouteSocket;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;
import jakarta.annotation.security.RolesAllowed;

/** A socket for admins only: the caller is checked before the upgrade. */
@Route("/sockets/guarded")
public class Guarded {

    @Socket
    @RolesAllowed("admin")
    public SocketListener open() {
        return new SocketListener() {
            @Override
            public void onOpen(RouteSocket socket) {
                socket.send("welcome");
            }
        };
    }
}
