package io.routehandlers.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.ConcurrencyLimit;
import io.routehandlers.Dynamic;
import io.routehandlers.FilterContext;
import io.routehandlers.FilterPaths;
import io.routehandlers.Param;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import io.routehandlers.RouteFilter;
import io.routehandlers.RouteRequest;
import io.routehandlers.RouteResponse;
import io.routehandlers.RouteSocket;
import io.routehandlers.Socket;
import io.routehandlers.SocketListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * WebSocket routes in process (S-17): what the TCK's slice cannot send over the JDK's client (bad handshakes, a client
 * that stops reading) and the listener's failures.
 */
class SocketsTest {

    /** What the sockets of the tests saw, in order. */
    @ApplicationScoped
    public static class Log {
        private final List<String> lines = new CopyOnWriteArrayList<>();

        void add(String line) {
            lines.add(line);
        }

        List<String> lines() {
            return lines;
        }
    }

    /** A bean of each listener call's own request context. */
    @RequestScoped
    public static class CallCounter {
        private int calls;

        int next() {
            return ++calls;
        }
    }

    @Route("/talk/[topic]")
    public static class Talk {
        @Inject
        Log log;

        @Inject
        CallCounter counter;

        @Socket(maxQueued = 100)
        public SocketListener open(@Param("topic") String topic, RouteRequest request) {
            if (topic.equals("secret")) {
                throw new ForbiddenException();
            }
            return new SocketListener() {
                @Override
                public void onText(RouteSocket socket, String text) {
                    switch (text) {
                        case "flood" ->
                            elsewhere(() -> {
                                for (int i = 0; i < 20; i++) {
                                    socket.send("0123456789-" + i);
                                }
                            });
                        case "three then close" ->
                            elsewhere(() -> {
                                socket.send("one");
                                socket.send("two");
                                socket.send("three");
                                socket.close(4001, "done");
                                log.add("sent after close: " + socket.send("four"));
                            });
                        case "fail" -> throw new IllegalStateException("the listener failed");
                        case "error" -> throw new AssertionError("an Error, not an exception");
                        case "close now" -> {
                            socket.close(4002, "now");
                            log.add("onText went on after close");
                        }
                        case "count" -> socket.send("request context call " + counter.next());
                        case "bad close" -> {
                            try {
                                socket.close(1009, "");
                            } catch (IllegalArgumentException e) {
                                socket.send(e.getMessage());
                            }
                        }
                        case "who" ->
                            socket.send("asked by "
                                    + request.headers().get("X-Name").orElse("?"));
                        case "body" -> {
                            try {
                                request.text();
                                socket.send("read the body");
                            } catch (IllegalStateException e) {
                                socket.send("no body after the upgrade");
                            }
                        }
                        default -> socket.send(topic + ": " + text);
                    }
                }

                @Override
                public void onClose(RouteSocket socket, int code, String reason) {
                    log.add("closed " + code + " " + reason + " open=" + socket.isOpen());
                }
            };
        }
    }

    /**
     * Sends from another thread than the listener's, as a broadcast does: what the listener's own call sends to its
     * socket is written at once, the rest waits in the socket's queue.
     */
    static void elsewhere(Runnable sends) {
        CompletableFuture.runAsync(sends).join();
    }

    /** Refuses sockets without {@code ?ticket=yes}: filters see upgrades as requests. */
    @ApplicationScoped
    @FilterPaths("/talk/[topic]")
    public static class Tickets implements RouteFilter {
        @Override
        public void filter(FilterContext context) {
            if (context.searchParams().get("ticket").filter("yes"::equals).isEmpty()) {
                context.abortWith(RouteResponse.status(401));
            }
        }
    }

    /** A route whose class-wide limit is for its HTTP requests; its sockets have none. */
    @Route("/board")
    @ConcurrencyLimit(1)
    public static class Board {
        @GET
        public String get() {
            return "board";
        }

        @Socket(maxQueued = 10_000_000)
        public SocketListener open() {
            return new SocketListener() {
                @Override
                public void onText(RouteSocket socket, String text) {
                    elsewhere(() -> {
                        for (int i = 0; i < 20_000; i++) {
                            socket.send("m" + i);
                        }
                    });
                }
            };
        }
    }

    /** A cached route that also answers WebSockets: its upgrades never come from the cache. */
    @Route("/news")
    @RouteConfig(dynamic = Dynamic.FORCE_STATIC)
    public static class News {
        private final AtomicInteger renders = new AtomicInteger();

        @GET
        public String get() {
            return "edition " + renders.incrementAndGet();
        }

        @Socket
        public SocketListener open() {
            return new SocketListener() {
                @Override
                public void onOpen(RouteSocket socket) {
                    socket.send("live");
                }
            };
        }
    }

    @Route("/bad")
    public static class BadSocket {
        @Socket
        public String talk() {
            return "no listener";
        }
    }

    private RouteTester tester;

    @BeforeEach
    void start() {
        tester = RouteTester.builder()
                .classes(Talk.class, Log.class, CallCounter.class, Tickets.class, Board.class)
                .config("routehandlers.route./talk/[topic].cors.origins", "*")
                .build();
    }

    @AfterEach
    void stop() {
        tester.close();
    }

    private List<String> log() {
        return tester.bean(Log.class).lines();
    }

    @Test
    void routeFilterSeesTheUpgradeAndMayRefuseIt() {
        try (TestSocket refused = tester.socket("/talk/news")) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.isOpen()).isFalse();
        }
        try (TestSocket socket = tester.socket("/talk/news?ticket=yes")) {
            assertThat(socket.status()).isEqualTo(101);
            socket.send("hi");
            assertThat(socket.receiveText()).isEqualTo("news: hi");
        }
    }

    @Test
    void handlerThatThrowsAnswersInsteadOfOpening() {
        TestSocket socket = tester.socket("/talk/secret?ticket=yes");
        assertThat(socket.status()).isEqualTo(403);
        assertThat(socket.isOpen()).isFalse();
        assertThatThrownBy(() -> socket.send("hi")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void badHandshakesAre400And426() {
        assertThat(tester.request("GET", "/talk/news?ticket=yes")
                        .header("Upgrade", "websocket")
                        .header("Connection", "Upgrade")
                        .header("Sec-WebSocket-Version", "13")
                        .send()
                        .status())
                .as("no key")
                .isEqualTo(400);
        assertThat(tester.request("GET", "/talk/news?ticket=yes")
                        .header("Upgrade", "websocket")
                        .header("Connection", "keep-alive")
                        .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
                        .header("Sec-WebSocket-Version", "13")
                        .send()
                        .status())
                .as("no Connection: upgrade")
                .isEqualTo(400);
        TestResponse oldVersion = tester.request("GET", "/talk/news?ticket=yes")
                .header("Upgrade", "websocket")
                .header("Connection", "Upgrade")
                .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
                .header("Sec-WebSocket-Version", "8")
                .send();
        assertThat(oldVersion.status()).isEqualTo(426);
        assertThat(oldVersion.header("Sec-WebSocket-Version")).hasValue("13");
        assertThat(tester.request("WEBSOCKET", "/talk/news").send().status())
                .as("the socket handler's key is no method")
                .isEqualTo(405);
    }

    @Test
    void clientThatStopsReadingIsClosedWith1013AndTheQueueDropped() {
        try (TestSocket socket = tester.socket("/talk/news?ticket=yes")) {
            socket.pause();
            socket.send("flood"); // 20 messages of 13 or 14 bytes; 100 bytes may wait
            assertThat(socket.awaitClose()).isEqualTo(1013);
            assertThat(socket.closeReason()).isEqualTo("Client too slow: over 100 bytes queued");
            socket.resume();
            assertThat(socket.receiveText()).as("the one in flight").isEqualTo("0123456789-0");
            assertThat(socket.poll()).as("the queue was dropped").isEmpty();
        }
        assertThat(log()).contains("closed 1013 Client too slow: over 100 bytes queued open=false");
    }

    @Test
    void closeSendsWhatWaitsFirstAndLaterSendsAreRefused() {
        try (TestSocket socket = tester.socket("/talk/news?ticket=yes")) {
            socket.pause();
            socket.send("three then close");
            assertThat(socket.isOpen()).as("the close waits for the queue").isTrue();
            socket.resume();
            assertThat(socket.receiveText()).isEqualTo("one");
            assertThat(socket.receiveText()).isEqualTo("two");
            assertThat(socket.receiveText()).isEqualTo("three");
            assertThat(socket.awaitClose()).isEqualTo(4001);
            assertThat(socket.closeReason()).isEqualTo("done");
        }
        assertThat(log()).containsExactly("sent after close: false", "closed 4001 done open=false");
    }

    @Test
    void listenerThatThrowsClosesWith1011AndIsToldOfTheClose() {
        try (TestSocket socket = tester.socket("/talk/news?ticket=yes")) {
            socket.send("fail");
            assertThat(socket.awaitClose()).isEqualTo(1011);
        }
        assertThat(log()).containsExactly("closed 1011 Internal error open=false");
    }

    @Test
    void listenerThatThrowsAnErrorStillClosesWith1011AndIsToldOfTheClose() {
        try (TestSocket socket = tester.socket("/talk/news?ticket=yes")) {
            socket.send("error");
            assertThat(socket.awaitClose()).isEqualTo(1011);
        }
        assertThat(log()).containsExactly("closed 1011 Internal error open=false");
    }

    @Test
    void stoppingTheApplicationClosesItsSocketsWith1001() {
        TestSocket socket = tester.socket("/talk/news?ticket=yes");
        tester.close();
        assertThat(socket.awaitClose()).isEqualTo(1001);
        assertThat(socket.closeReason()).isEqualTo("The application is stopping");
        tester = RouteTester.of(Talk.class, Log.class, CallCounter.class, Tickets.class); // for stop()
    }

    @Test
    void eachListenerCallHasARequestContextOfItsOwn() {
        try (TestSocket socket = tester.socket("/talk/news?ticket=yes")) {
            socket.send("count");
            assertThat(socket.receiveText()).isEqualTo("request context call 1");
            socket.send("count");
            assertThat(socket.receiveText()).isEqualTo("request context call 1");
        }
    }

    @Test
    void applicationCloseCodesAreChecked() {
        try (TestSocket socket = tester.socket("/talk/news?ticket=yes")) {
            socket.send("bad close");
            assertThat(socket.receiveText())
                    .isEqualTo("Close code 1009 is not an application's: use 1000, or one from 3000 to 4999");
            assertThat(socket.isOpen()).isTrue();
        }
    }

    @Test
    void clientCloseReachesTheListenerOnce() {
        TestSocket socket = tester.socket("/talk/news?ticket=yes");
        socket.close(1000, "bye");
        socket.close(1000, "again");
        assertThat(socket.awaitClose()).isEqualTo(1000);
        assertThat(log()).containsExactly("closed 1000 bye open=false");
    }

    @Test
    void aCloseTheListenerAsksForReachesItsOnCloseAfterTheCallReturns() {
        try (TestSocket socket = tester.socket("/talk/news?ticket=yes")) {
            socket.send("close now");
            assertThat(socket.awaitClose()).isEqualTo(4002);
        }
        assertThat(log()).containsExactly("onText went on after close", "closed 4002 now open=false");
    }

    @Test
    void corsForEveryOriginOpensNoSocketToOtherSitesAndTheOwnOriginStillOpens() {
        try (TestSocket foreign = tester.request("GET", "/talk/news?ticket=yes")
                .header("Origin", "https://evil.example")
                .socket()) {
            assertThat(foreign.status()).isEqualTo(403);
        }
        try (TestSocket own = tester.socket("/talk/news?ticket=yes")) {
            assertThat(own.status()).isEqualTo(101);
        }
    }

    @Test
    void theListenerReadsTheHandshakesHeadersButNoBody() {
        try (TestSocket socket = tester.request("GET", "/talk/news?ticket=yes")
                .header("X-Name", "ada")
                .socket()) {
            socket.send("who");
            assertThat(socket.receiveText()).isEqualTo("asked by ada");
            socket.send("body");
            assertThat(socket.receiveText()).isEqualTo("no body after the upgrade");
        }
    }

    @Test
    void aClassWideConcurrencyLimitLeavesSocketsOut() {
        try (TestSocket socket = tester.socket("/board")) {
            assertThat(socket.status()).isEqualTo(101);
            try (TestSocket second = tester.socket("/board")) {
                assertThat(second.status()).isEqualTo(101);
            }
            assertThat(tester.get("/board").status()).isEqualTo(200);
        }
    }

    @Test
    void aLongQueueDrainsWithoutGrowingTheStack() {
        try (TestSocket socket = tester.socket("/board")) {
            socket.pause();
            socket.send("go"); // 20,000 messages wait, then each completion reports at once
            socket.resume();
            for (int i = 0; i < 20_000; i++) {
                assertThat(socket.receiveText()).isEqualTo("m" + i);
            }
        }
    }

    @Test
    void aCachedRoutesUpgradeGoesToItsSocketNotToTheCache() {
        try (RouteTester cached = RouteTester.of(News.class)) {
            assertThat(cached.get("/news").text()).isEqualTo("edition 1");
            try (TestSocket socket = cached.socket("/news")) {
                assertThat(socket.status()).isEqualTo(101);
                assertThat(socket.receiveText()).isEqualTo("live");
            }
            assertThat(cached.get("/news").text()).as("still the cached answer").isEqualTo("edition 1");
        }
    }

    @Test
    void socketMethodWithoutAListenerFailsDeployment() {
        assertThatThrownBy(() -> RouteTester.of(BadSocket.class))
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining(
                        "RH-061 The @Socket method io.routehandlers.testing.SocketsTest$BadSocket#talk() returns String,"
                                + " not a SocketListener.\n  Fix: make it a public instance method without an HTTP"
                                + " method annotation that returns a SocketListener");
    }
}
