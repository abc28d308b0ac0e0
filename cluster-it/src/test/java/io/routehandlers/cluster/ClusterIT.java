package io.routehandlers.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Section 12 on two Open Liberty servers sharing one Hazelcast cluster through the JCache store (S-12.2 to S-12.6).
 * Each test uses paths of its own; the member crash comes last. Cached methods' values (S-12.6) and a rate limit's
 * count (S-16.4) are shared too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String A = System.getProperty("node.a", "http://localhost:9381");
    private static final String B = System.getProperty("node.b", "http://localhost:9382");
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> send(String method, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String node, String path) throws Exception {
        return send("GET", node + path);
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue("X-Route-Cache").orElse("none");
    }

    private static int renders(String node) throws Exception {
        return Integer.parseInt(get(node, "/node").body().trim());
    }

    private static String path() {
        return "/cached/" + UUID.randomUUID();
    }

    @Test
    @Order(1)
    void anAnswerRenderedOnOneServerIsAHitOnTheOtherWithoutARenderThere() throws Exception {
        String path = path();
        HttpResponse<String> first = get(A, path);
        assertThat(cache(first)).isEqualTo("MISS");
        assertThat(first.body()).contains("rendered by node a");
        int rendersOnB = renders(B);

        HttpResponse<String> second = get(B, path);

        assertThat(cache(second)).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(renders(B)).as("no render on node b").isEqualTo(rendersOnB);
    }

    @Test
    @Order(2)
    void aTagRevalidatedOnOneServerIsNeverAHitOfTheOldAnswerOnTheOther() throws Exception {
        String path = path();
        HttpResponse<String> old = get(A, path);
        assertThat(cache(get(B, path))).isEqualTo("HIT");

        assertThat(send("POST", A + "/node?tag=items").statusCode()).isEqualTo(200);

        HttpResponse<String> after = get(B, path);
        assertThat(cache(after)).isIn("MISS", "REVALIDATED");
        assertThat(after.body()).isNotEqualTo(old.body()).contains("rendered by node b");
        HttpResponse<String> onA = get(A, path);
        assertThat(cache(onA)).as("the new answer, shared").isEqualTo("HIT");
        assertThat(onA.body()).isEqualTo(after.body());
    }

    @Test
    @Order(2)
    void aPathRevalidatedOnOneServerIsNotServedFromTheOthersRecentCopy() throws Exception {
        String path = path();
        get(A, path);
        assertThat(cache(get(B, path))).isEqualTo("HIT"); // node b now keeps a copy for a second

        assertThat(send("POST", A + "/node?path=" + path).statusCode()).isEqualTo(200);

        HttpResponse<String> after = get(B, path);
        assertThat(cache(after)).isIn("MISS", "REVALIDATED");
        assertThat(after.body()).contains("rendered by node b");
    }

    private static int stockComputations(String node) throws Exception {
        return Integer.parseInt(get(node, "/stock/count").body().trim());
    }

    @Test
    @Order(1)
    void aCachedMethodsValueComputedOnOneServerIsFoundByTheOtherWithoutAComputationThere() throws Exception {
        String sku = "/stock/" + UUID.randomUUID();
        HttpResponse<String> first = get(A, sku);
        assertThat(first.body()).contains("computed by node a");
        int onB = stockComputations(B);

        HttpResponse<String> second = get(B, sku);

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(stockComputations(B)).as("no computation on node b").isEqualTo(onB);
    }

    @Test
    @Order(2)
    void aTagRevalidatedOnOneServerMakesTheOtherComputeTheMethodAgainAtItsNextCall() throws Exception {
        String sku = "/stock/" + UUID.randomUUID();
        HttpResponse<String> old = get(A, sku);
        assertThat(get(B, sku).body()).isEqualTo(old.body());

        assertThat(send("POST", A + "/node?tag=stock").statusCode()).isEqualTo(200);

        HttpResponse<String> after = get(B, sku);
        assertThat(after.body()).isNotEqualTo(old.body()).contains("computed by node b");
        assertThat(get(A, sku).body()).as("the new value, shared").isEqualTo(after.body());
    }

    @Test
    @Order(3)
    void twoHundredConcurrentRequestsForOneStaleAnswerOverBothServersRegenerateItOnce() throws Exception {
        String path = path();
        assertThat(cache(get(A, path))).isEqualTo("MISS");
        Thread.sleep(10_300); // revalidate = 10: stale now
        int before = renders(A) + renders(B);

        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create((i % 2 == 0 ? A : B) + path))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            burst.add(CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> response : burst) {
            assertThat(response.get().statusCode()).isEqualTo(200);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (renders(A) + renders(B) == before && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1_000); // a second regeneration, if there were one, would have happened by now

        assertThat(renders(A) + renders(B) - before)
                .as("regenerations in the cluster")
                .isEqualTo(1);
        assertThat(cache(get(B, path))).isEqualTo("HIT");
    }

    @Test
    @Order(2)
    void aRequestAfterARevalidationOnTheOtherServerIsNotGivenTheRenderThatBeganBeforeIt() throws Exception {
        String path = "/slow/" + UUID.randomUUID();
        int rendersBefore = renders(B);
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return get(B, path);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (renders(B) == rendersBefore) { // B's 1.5-second render has begun: it counts itself first
            assertThat(System.nanoTime()).as("B starts rendering within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }

        assertThat(send("POST", A + "/node?path=" + path).body()).isEqualTo("revalidated " + path);
        HttpResponse<String> after = get(B, path);

        // Sent after A's revalidation returned, while B's earlier render was still running (or, on a slow machine,
        // after it stored an answer that the revalidation overtook): a render of its own either way.
        assertThat(after.body()).isNotEqualTo(inFlight.get(30, TimeUnit.SECONDS).body());
        assertThat(cache(after)).isIn("MISS", "REVALIDATED");
    }

    @Test
    @Order(4)
    void restartingOneServerLeavesTheStaticAnswersOfBothByteIdentical() throws Exception {
        HttpResponse<String> before = get(A, "/front");
        assertThat(cache(before)).isEqualTo("HIT");
        String etag = before.headers().firstValue("ETag").orElseThrow();

        restart("node-b", B);

        for (String node : List.of(A, B)) {
            HttpResponse<String> after = get(node, "/front");
            assertThat(after.headers().firstValue("ETag"))
                    .as("ETag on %s", node)
                    .contains(etag);
            assertThat(after.body()).as("body on %s", node).isEqualTo(before.body());
        }
    }

    /** Stops and starts one of the build's Liberty servers, and waits until it answers again. */
    private static void restart(String server, String node) throws Exception {
        String script = System.getProperty("wlp.dir") + "/bin/server";
        for (String action : List.of("stop", "start")) {
            ProcessBuilder command = new ProcessBuilder(script, action, server).inheritIO();
            command.environment().put("JAVA_HOME", System.getProperty("java.home")); // the JDK the build started it on
            Process process = command.start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("server %s %s", action, server)
                    .isTrue();
            assertThat(process.exitValue())
                    .as("exit of server %s %s", action, server)
                    .isZero();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                if (get(node, "/node").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertThat(System.nanoTime())
                    .as("%s answers within 90 s of its start", server)
                    .isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    @Test
    @Order(1)
    void twoServersWithALimitOfTenAMinuteAnswerTenOfThirtyRequests() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(get(i % 2 == 0 ? A : B, "/limited").statusCode());
        }

        assertThat(statuses.stream().filter(status -> status >= 200 && status < 300))
                .as("answered by both servers together: " + statuses)
                .hasSize(10);
        assertThat(statuses.stream().filter(status -> status == 429)).hasSize(20);
    }

    @Test
    @Order(5)
    void withOneServersMemberCrashedBothServersStillAnswerEveryRequest() throws Exception {
        String path = path();
        assertThat(cache(get(A, path))).isEqualTo("MISS");
        assertThat(send("DELETE", B + "/node").body()).isEqualTo("terminated");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            statuses.add(get(A, path).statusCode());
            statuses.add(get(B, path).statusCode());
            statuses.add(get(B, path()).statusCode());
        }

        assertThat(statuses).allMatch(status -> status >= 200 && status < 300);

        // Caching resumes by itself: node b opens its caches again (a new member, which joins node a's).
        String later = path();
        get(B, later);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String outcome = cache(get(B, later));
        while (!outcome.equals("HIT") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            outcome = cache(get(B, later));
        }
        assertThat(outcome).as("node b caches again").isEqualTo("HIT");
        assertThat(cache(get(A, later))).as("in the shared cache").isEqualTo("HIT");
    }
}
