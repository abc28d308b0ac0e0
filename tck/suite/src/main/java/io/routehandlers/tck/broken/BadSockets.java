package io.routehandlers.tck.broken;

import io.routehandlers.Route;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;
import jakarta.ws.rs.GET;

/** Socket handlers that cannot be: one that returns a String, one that is also a GET handler, and a second one. */
@Route("/broken/sockets")
public class BadSockets {

    @Socket
    public String talk() {
        return "no listener";
    }

    @Socket
    @GET
    public SocketListener both() {
        return new SocketListener() {};
    }

    @Socket
    public SocketListener first() {
        return new SocketListener() {};
    }

    @Socket
    public SocketListener second() {
        return new SocketListener() {};
    }
}
