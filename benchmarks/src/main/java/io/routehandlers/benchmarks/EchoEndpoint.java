package io.routehandlers.benchmarks;

import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/** {@code ws://.../plain/echo}: the same echo as a plain Jakarta WebSocket endpoint, the baseline of the route. */
@ServerEndpoint("/plain/echo")
public class EchoEndpoint {

    @OnMessage
    public void echo(String text, Session session) throws IOException {
        session.getBasicRemote().sendText(text);
    }
}
