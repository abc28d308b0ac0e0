package io.routehandlers.tck.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.ClientSocket;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.Test;

/**
 * WebSocket routes (S-17), run over the network with {@code java.net.http.WebSocket} on each server
 * ({@link SocketsTest}) and in process (routehandlers-testing's {@code SocketsInProcessTest}).
 */
public abstract class SocketsSlice {

    /** The routes and beans of the slice. */
    public static final Class<?>[] CLASSES = {
        Echo.class, Journal.class, Rooms.class, Limited.class, Guarded.class, Shared.class, Single.class
    };

    /** The configuration of the slice's deployment, {@code key=value}. */
    public static final String[] CONFIG = {
        "routehandlers.route./sockets/limited.socket.idle-timeout=2",
        "routehandlers.route./sockets/shared.cors.origins=https://app.example"
    };

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    /** The origin of the routes as a browser names it, {@code scheme://host[:port]}. */
    protected abstract String ownOrigin();

    @Test
    @Spec({"S-17.1", "S-17.5"})
    void socketGetsTheParamsOfItsPathAndEchoesTextAndBinary() {
        try (ClientSocket socket = client().socket("/sockets/echo/ada")) {
            assertThat(socket.status()).isEqualTo(101);
            assertThat(socket.receiveText()).isEqualTo("hello ada");
            socket.send("hi");
            assertThat(socket.receiveText()).isEqualTo("ada: hi");
            socket.send(new byte[] {1, 2, 3});
            assertThat(socket.receiveBinary()).containsExactly(3, 2, 1);
        }
    }

    @Test
    @Spec("S-17.1")
    void plainGetGoesToTheRoutesGetHandlerOr426() {
        Reply echo = client().get("/sockets/echo/ada");
        assertThat(echo.status()).isEqualTo(200);
        assertThat(echo.body()).isEqualTo("echo of ada answers WebSockets");

        Reply limited = client().get("/sockets/limited");
        assertThat(limited.status()).isEqualTo(426);
        assertThat(limited.header("upgrade"))
                .hasValueSatisfying(v -> assertThat(v).isEqualToIgnoringCase("websocket"));
        assertThat(client().send("POST", "/sockets/limited").status()).isEqualTo(405);
    }

    @Test
    @Spec("S-17.3")
    void messageToARoomReachesEverySocketOfThatRoomOnly() {
        try (ClientSocket ada = client().socket("/sockets/rooms/blue");
                ClientSocket bob = client().socket("/sockets/rooms/blue");
                ClientSocket eve = client().socket("/sockets/rooms/red")) {
            assertThat(ada.receiveText()).isEqualTo("joined blue");
            assertThat(bob.receiveText()).isEqualTo("joined blue");
            assertThat(eve.receiveText()).isEqualTo("joined red");

            ada.send("hello");

            assertThat(ada.receiveText()).isEqualTo("blue: hello");
            assertThat(bob.receiveText()).isEqualTo("blue: hello");
            eve.send("anyone?");
            assertThat(eve.receiveText()).isEqualTo("red: anyone?"); // and not blue's message before it
        }
    }

    @Test
    @Spec("S-17.3")
    void theRouteSeesTheClientsCloseWithItsCodeAndReason() throws InterruptedException {
        try (ClientSocket socket = client().socket("/sockets/echo/closer")) {
            assertThat(socket.receiveText()).isEqualTo("hello closer");
            socket.close(1000, "done");
            assertThat(awaitJournal("echo closer closed")).contains("echo closer closed 1000 done");
        }
    }

    @Test
    @Spec("S-17.3")
    void theRouteClosesWithItsOwnCodeAndReason() throws InterruptedException {
        try (ClientSocket socket = client().socket("/sockets/echo/leaver")) {
            assertThat(socket.receiveText()).isEqualTo("hello leaver");
            socket.send("bye");
            assertThat(socket.awaitClose()).isEqualTo(4000);
            assertThat(socket.closeReason()).isEqualTo("asked to");
            assertThat(awaitJournal("echo leaver closed")).contains("echo leaver closed 4000 asked to");
        }
    }

    @Test
    @Spec("S-17.2")
    void foreignOriginIsRefused403AndTheOwnOriginOpens() {
        try (ClientSocket foreign = client().socket("/sockets/echo/ada", "Origin", "https://evil.example")) {
            assertThat(foreign.status()).isEqualTo(403);
        }
        try (ClientSocket own = client().socket("/sockets/echo/ada", "Origin", ownOrigin())) {
            assertThat(own.status()).isEqualTo(101);
            assertThat(own.receiveText()).isEqualTo("hello ada");
        }
    }

    @Test
    @Spec("S-17.2")
    void routeWithCorsOriginsOpensForThemOnly() {
        try (ClientSocket app = client().socket("/sockets/shared", "Origin", "https://app.example")) {
            assertThat(app.status()).isEqualTo(101);
            assertThat(app.receiveText()).isEqualTo("shared");
        }
        try (ClientSocket other = client().socket("/sockets/shared", "Origin", "https://evil.example")) {
            assertThat(other.status()).isEqualTo(403);
        }
    }

    @Test
    @Spec("S-17.4")
    void messageOverTheLimitClosesWith1009() {
        try (ClientSocket socket = client().socket("/sockets/limited")) {
            socket.send("a".repeat(1024));
            assertThat(socket.receiveText()).isEqualTo("got 1024");
            socket.send("é".repeat(513)); // 1,026 bytes in UTF-8, 513 characters
            assertThat(socket.awaitClose()).isEqualTo(1009);
        }
    }

    @Test
    @Spec("S-17.4")
    void idleSocketClosesWith1001AndAnActiveOneStaysOpen() throws InterruptedException {
        try (ClientSocket idle = client().socket("/sockets/limited");
                ClientSocket active = client().socket("/sockets/limited")) {
            for (int i = 0; i < 6; i++) {
                Thread.sleep(500);
                active.send("x");
                assertThat(active.receiveText()).isEqualTo("got 1");
            }
            assertThat(idle.awaitClose()).isEqualTo(1001);
            active.send("still here");
            assertThat(active.receiveText()).isEqualTo("got 10");
        }
    }

    @Test
    @Spec("S-17.4")
    void concurrencyLimitCountsOpenSockets() throws InterruptedException {
        try (ClientSocket first = client().socket("/sockets/single")) {
            assertThat(first.receiveText()).isEqualTo("yours");
            try (ClientSocket second = client().socket("/sockets/single")) {
                assertThat(second.status()).isEqualTo(503);
            }
            first.close(1000, "");
            first.awaitClose();
        }
        ClientSocket third = client().socket("/sockets/single");
        for (int i = 0; i < 100 && third.status() == 503; i++) {
            third.close();
            Thread.sleep(100); // the server gives the place back once it saw the close
            third = client().socket("/sockets/single");
        }
        try (ClientSocket opened = third) {
            assertThat(opened.status()).isEqualTo(101);
            assertThat(opened.receiveText()).isEqualTo("yours");
        }
    }

    /** The journal once it has a line with {@code start}, waiting for the server's listener up to 10 s. */
    private String awaitJournal(String start) throws InterruptedException {
        String journal = client().get("/sockets/journal").body();
        for (int i = 0; i < 100 && !journal.contains(start); i++) {
            Thread.sleep(100);
            journal = client().get("/sockets/journal").body();
        }
        return journal;
    }
}
