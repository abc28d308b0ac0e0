package io.routehandlers.benchmarks;

import io.routehandlers.Route;
import io.routehandlers.RouteSocket;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;

/** {@code ws://.../socket/echo}: a WebSocket route that sends back every text message (S-17). */
@Route("/socket/echo")
public class EchoSocketRoute {

    private static final SocketListener ECHO = new SocketListener() {
        @Override
        public void onText(RouteSocket socket, String text) {
            socket.send(text);
        }
    };

    @Socket
    public SocketListener open() {
        return ECHO;
    }
}
