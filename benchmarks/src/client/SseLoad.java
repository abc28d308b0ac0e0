import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds CLIENTS event streams open on one URL for SECONDS and counts the heartbeat comments each receives (S-11.5).
 * One HTTP/1.1 connection per client, read without a thread per client. Run with the JDK's source launcher:
 * {@code java benchmarks/src/client/SseLoad.java http://localhost:9280/events/idle 1000 60}.
 */
public class SseLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int clients = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
        List<AtomicInteger> beats = new ArrayList<>();
        List<Flow.Subscription> subscriptions = new ArrayList<>();
        List<CompletableFuture<?>> responses = new ArrayList<>();
        AtomicInteger open = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        for (int i = 0; i < clients; i++) {
            AtomicInteger count = new AtomicInteger();
            beats.add(count);
            Flow.Subscriber<String> lines = new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    synchronized (subscriptions) {
                        subscriptions.add(subscription);
                    }
                    open.incrementAndGet();
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                    if (line.equals(":")) {
                        count.incrementAndGet();
                    }
                }

                @Override
                public void onError(Throwable e) {}

                @Override
                public void onComplete() {}
            };
            HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build();
            responses.add(http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(lines))
                    .exceptionally(e -> {
                        failed.incrementAndGet();
                        return null;
                    }));
        }
        long start = System.nanoTime();
        while (open.get() + failed.get() < clients && System.nanoTime() - start < 60_000_000_000L) {
            Thread.sleep(100);
        }
        System.out.printf("open: %d of %d clients after %d ms (%d failed)%n",
                open.get(), clients, (System.nanoTime() - start) / 1_000_000, failed.get());
        beats.forEach(b -> b.set(0)); // count from now: every client is connected
        Thread.sleep(seconds * 1000L);
        IntSummaryStatistics stats = beats.stream().mapToInt(AtomicInteger::get).summaryStatistics();
        long missing = beats.stream().filter(b -> b.get() < seconds - 1).count();
        System.out.printf("heartbeats per client in %d s: min %d, max %d, average %.1f; clients with fewer than %d: %d%n",
                seconds, stats.getMin(), stats.getMax(), stats.getAverage(), seconds - 1, missing);
        synchronized (subscriptions) {
            subscriptions.forEach(Flow.Subscription::cancel);
        }
        System.exit(missing == 0 && failed.get() == 0 ? 0 : 1);
    }
}
