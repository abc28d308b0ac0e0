package io.routehandlers.tck.quotas;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Rate and concurrency limits (S-16.2, S-16.3, S-16.5), run over HTTP on each server ({@link QuotasTest}) and in process
 * (routehandlers-testing's {@code QuotasInProcessTest}). Every test has routes of its own: counts are not reset.
 */
public abstract class QuotasSlice {

    /** The routes of the slice. */
    public static final Class<?>[] CLASSES = {
        Calls.class,
        Quotas.class,
        Quotas.Counted.class,
        Quotas.Short.class,
        Quotas.Split.class,
        Quotas.Configured.class,
        Quotas.Slow.class,
        Quotas.Queued.class,
        Quotas.Partner.class,
        Quotas.Count.class,
        PartnerKeys.class
    };

    /** The configuration of the slice's deployment, {@code key=value}. */
    public static final String[] CONFIG = {
        "routehandlers.route./quota/configured.rate-limit=2/1m", "routehandlers.rate-limit.partners=2/1m"
    };

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    private int calls(String handler) {
        return Integer.parseInt(client().get("/quota/calls/" + handler).body());
    }

    private static void assertRemaining(Reply reply, String policy, long left) {
        assertThat(reply.header("RateLimit").orElseThrow()).matches(policy + ";r=" + left + ";t=[1-9][0-9]*");
    }

    @Test
    @Spec("S-16.2")
    void overTheLimitAnswers429WithRetryAfterAndTheHandlerIsNotCalled() {
        for (int left = 2; left >= 0; left--) {
            Reply reply = client().get("/quota/counted");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("RateLimit-Policy")).hasValue("\"/quota/counted\";q=3;w=60");
            assertRemaining(reply, "\"/quota/counted\"", left);
        }
        Reply refused = client().get("/quota/counted");
        assertThat(refused.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.header("RateLimit-Policy")).hasValue("\"/quota/counted\";q=3;w=60");
        assertRemaining(refused, "\"/quota/counted\"", 0);
        // The class's limit holds for its every handler; a refused body is never read.
        Reply post = client().send(
                        "POST", "/quota/counted", List.of(Map.entry("Content-Type", "text/plain")), "x".repeat(2_000));
        assertThat(post.status()).isEqualTo(429);
        assertThat(calls("counted")).isEqualTo(3);
    }

    @Test
    @Spec("S-16.2")
    void aWindowEndsOnTheServersClock() throws InterruptedException {
        assertThat(client().get("/quota/short").status()).isEqualTo(200);
        Reply refused = client().get("/quota/short");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 2L);
        Thread.sleep(2_100);
        Reply again = client().get("/quota/short");
        assertThat(again.status()).isEqualTo(200);
        assertRemaining(again, "\"/quota/short\"", 0);
        assertThat(calls("short")).isEqualTo(2);
    }

    @Test
    @Spec("S-16.2")
    void aClassLimitIsSharedByItsHandlersAndAHandlerLimitIsItsOwn() {
        assertThat(client().get("/quota/split").status()).isEqualTo(200);
        assertThat(client().send("DELETE", "/quota/split").status()).isEqualTo(200);
        assertThat(client().get("/quota/split").status()).isEqualTo(429);
        assertThat(client().send("DELETE", "/quota/split").status()).isEqualTo(429);
        Reply post = client().send("POST", "/quota/split");
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.header("RateLimit-Policy")).hasValue("\"/quota/split POST\";q=1;w=60");
        assertThat(client().send("POST", "/quota/split").status()).isEqualTo(429);
        // What no handler answers is not limited.
        assertThat(client().send("OPTIONS", "/quota/split").status()).isEqualTo(204);
        assertThat(client().send("PUT", "/quota/split").status()).isEqualTo(405);
    }

    @Test
    @Spec("S-16.2")
    void configurationWinsOverTheAnnotation() {
        Reply first = client().get("/quota/configured");
        assertThat(first.header("RateLimit-Policy")).hasValue("\"/quota/configured\";q=2;w=60");
        assertThat(client().get("/quota/configured").status()).isEqualTo(200);
        assertThat(client().get("/quota/configured").status()).isEqualTo(429);
    }

    /** Sends requests at once and waits for their answers. */
    private List<Reply> atOnce(int requests, String path) throws Exception {
        List<CompletableFuture<Reply>> sent = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            sent.add(CompletableFuture.supplyAsync(() -> client().get(path)));
        }
        List<Reply> replies = new ArrayList<>();
        for (CompletableFuture<Reply> reply : sent) {
            replies.add(reply.get(30, TimeUnit.SECONDS));
        }
        return replies;
    }

    @Test
    @Spec("S-16.3")
    void overTheConcurrencyLimitAnswers503AtOnceAndThePlaceComesBack() throws Exception {
        // Each takes a second and a half: the two overlap, and one is refused rather than queued.
        List<Reply> replies = atOnce(2, "/quota/slow");
        assertThat(replies).extracting(Reply::status).containsExactlyInAnyOrder(200, 503);
        Reply refused =
                replies.stream().filter(r -> r.status() == 503).findFirst().orElseThrow();
        assertThat(refused.header("Retry-After")).hasValue("1");
        assertThat(client().get("/quota/slow").status()).isEqualTo(200);
        assertThat(calls("slow")).isEqualTo(2);
    }

    @Test
    @Spec("S-16.3")
    void aQueuedRequestWaitsForAPlaceAndAFullQueueRefuses() throws Exception {
        // One in flight, one waiting for its place, and the third finds the queue full.
        assertThat(atOnce(3, "/quota/queued")).extracting(Reply::status).containsExactlyInAnyOrder(200, 200, 503);
        assertThat(calls("queued")).isEqualTo(2);
    }

    @Test
    @Spec("S-16.5")
    void aFilterLimitsByAKeyOfItsOwn() {
        for (int left = 1; left >= 0; left--) {
            Reply reply = client().send("GET", "/quota/partner", "X-Api-Key", "acme");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("X-Partner")).hasValue("acme");
            assertThat(reply.header("RateLimit-Policy")).hasValue("\"partners\";q=2;w=60");
            assertRemaining(reply, "\"partners\"", left);
        }
        Reply refused = client().send("GET", "/quota/partner", "X-Api-Key", "acme");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isPresent();
        assertThat(client().send("GET", "/quota/partner", "X-Api-Key", "globex").status())
                .isEqualTo(200);
    }
}
