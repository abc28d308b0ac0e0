import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WebSocket load for benchmarks/sockets.sh (S-17), run with the JDK's source launcher:
 * <ul>
 *   <li>{@code java SocketLoad.java idle ws://host/path CLIENTS SECONDS}: opens CLIENTS sockets, holds them idle for
 *       SECONDS, then says how many are still open and closes them.
 *   <li>{@code java SocketLoad.java rtt ws://a ws://b ROUNDS MESSAGES}: one socket to each URL; warms both up, then in
 *       ROUNDS alternating rounds (after 10 of each to warm up) sends MESSAGES small messages one after the other, each after the echo of the last,
 *       and prints each round's rate (round trips a second), the medians and their ratio (a over b).
 * </ul>
 */
public class SocketLoad {

    private static final int WARM_UP_ROUNDS = 10;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("idle")) {
            idle(URI.create(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        } else {
            rtt(URI.create(args[1]), URI.create(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        }
    }

    private static void idle(URI uri, int clients, int seconds) throws Exception {
        AtomicInteger closed = new AtomicInteger();
        WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.incrementAndGet();
                return null;
            }
        };
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            opening.add(HTTP.newWebSocketBuilder().buildAsync(uri, listener));
            if (i % 50 == 49) {
                CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            }
        }
        List<WebSocket> sockets = new ArrayList<>();
        for (CompletableFuture<WebSocket> open : opening) {
            sockets.add(open.get(60, TimeUnit.SECONDS));
        }
        System.out.println("opened " + sockets.size() + " sockets; holding them for " + seconds + " s");
        Thread.sleep(seconds * 1000L);
        long open = sockets.stream().filter(s -> !s.isInputClosed()).count();
        System.out.println("still open after " + seconds + " s: " + open + " (closed by the server: " + closed.get() + ")");
        for (WebSocket socket : sockets) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
        }
        Thread.sleep(2000);
    }

    /** One socket whose echoes are handed over one at a time. */
    private record Echo(URI uri, WebSocket socket, SynchronousQueue<String> echoes) {

        static Echo open(URI uri) throws Exception {
            SynchronousQueue<String> echoes = new SynchronousQueue<>();
            StringBuilder text = new StringBuilder();
            WebSocket socket = HTTP.newWebSocketBuilder()
                    .buildAsync(uri, new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                String whole = text.toString();
                                text.setLength(0);
                                try {
                                    echoes.put(whole);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            }
                            webSocket.request(1);
                            return null;
                        }
                    })
                    .get(30, TimeUnit.SECONDS);
            return new Echo(uri, socket, echoes);
        }

        /** Round trips a second over {@code messages} messages. */
        double round(int messages) throws Exception {
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                String message = "ping " + i;
                socket.sendText(message, true).join();
                String echo = echoes.poll(10, TimeUnit.SECONDS);
                if (!message.equals(echo)) {
                    throw new IllegalStateException(uri + ": expected " + message + ", got " + echo);
                }
            }
            return messages / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void rtt(URI a, URI b, int rounds, int messages) throws Exception {
        Echo first = Echo.open(a);
        Echo second = Echo.open(b);
        for (int i = 0; i < WARM_UP_ROUNDS; i++) { // the JIT keeps improving both for many rounds
            first.round(messages);
            second.round(messages);
        }
        double[] rateA = new double[rounds];
        double[] rateB = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            rateA[i] = first.round(messages);
            rateB[i] = second.round(messages);
            System.out.printf("round %d: %s %.0f/s, %s %.0f/s%n", i + 1, a.getPath(), rateA[i], b.getPath(), rateB[i]);
        }
        double medianA = median(rateA);
        double medianB = median(rateB);
        System.out.printf(
                "medians: %s %.0f/s, %s %.0f/s; ratio %.3f%n", a.getPath(), medianA, b.getPath(), medianB, medianA / medianB);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
