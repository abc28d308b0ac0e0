package io.routehandlers.tck.caching;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Section 8 over HTTP: what is cached, what a cached render sees, the cache headers and revalidation. */
@ExtendWith(ArquillianExtension.class)
class CachingTest {

    private static final String CACHE = "X-Route-Cache";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(
                "caching",
                Snapshot.class,
                StaticCookieWriter.class,
                Clock.class,
                Burst.class,
                BurstCount.class,
                Articles.class,
                Pages.class,
                Publisher.class,
                Weather.class,
                Feed.class,
                Tracker.class,
                Configured.class);
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = Http.at(base).request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Http.at(base).send(request.build());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    /** GETs {@code path} every 100 ms until an answer matches, for at most {@code seconds}. */
    private HttpResponse<String> pollUntil(String path, Duration limit, Predicate<HttpResponse<String>> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpResponse<String> response = get(path);
        while (!done.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            response = get(path);
        }
        return response;
    }

    @Test
    @Spec({"S-8.3", "S-8.6", "S-8.8"})
    void forceStaticAnswersTheSameBodyTwiceAsAHit() {
        HttpResponse<String> first = get("/snapshot");
        HttpResponse<String> second = get("/snapshot");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(header(first, CACHE)).isEqualTo("HIT");
        assertThat(header(second, CACHE)).isEqualTo("HIT");
        assertThat(header(second, "Cache-Control")).isEqualTo("s-maxage=31536000");
        assertThat(header(second, "ETag")).matches("\"[A-Za-z0-9_-]+\"");
    }

    @Test
    @Spec("S-8.4")
    void forceStaticNeverReflectsARequestCookieHeaderOrSearchParam() {
        HttpResponse<String> response =
                get("/snapshot?q=secret-query", "Cookie", "token=secret-cookie", "X-User", "alice");
        assertThat(response.body()).endsWith("cookies=0/0 user=none q=none").doesNotContain("secret", "alice");
    }

    @Test
    @Spec("S-8.4")
    void forceStaticCookieStoreIsReadOnly() {
        HttpResponse<String> response = get("/static-cookie", "Cookie", "session=abc");
        assertThat(response.body()).isEqualTo("read-only");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    @Spec("S-8.8")
    void matchingIfNoneMatchGives304WithTheETag() {
        String etag = header(get("/snapshot"), "ETag");
        HttpResponse<String> response = get("/snapshot", "If-None-Match", etag);
        assertThat(response.statusCode()).isEqualTo(304);
        assertThat(response.body()).isEmpty();
        assertThat(header(response, "ETag")).isEqualTo(etag);
        assertThat(get("/snapshot", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    @Spec("S-8.1")
    void headIsServedFromTheCacheWithoutABody() {
        HttpResponse<String> response = Http.at(base).method("HEAD", "/snapshot");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, CACHE)).isEqualTo("HIT");
        assertThat(response.body()).isEmpty();
    }

    @Test
    @Spec("S-8.1")
    void postOnACachedRouteRunsItsHandlerEveryTime() {
        HttpResponse<String> first = Http.at(base).method("POST", "/snapshot");
        HttpResponse<String> second = Http.at(base).method("POST", "/snapshot");
        assertThat(first.body()).startsWith("posted ");
        assertThat(second.body()).startsWith("posted ").isNotEqualTo(first.body());
        assertThat(header(second, CACHE)).isEqualTo("(none)");
        assertThat(header(get("/snapshot"), CACHE)).isEqualTo("HIT");
    }

    @Test
    @Spec({"S-8.7", "S-8.8"})
    void revalidateOneServesStaleThenANewBody() throws InterruptedException {
        HttpResponse<String> first = get("/clock");
        assertThat(header(first, CACHE)).isIn("HIT", "STALE");
        assertThat(header(first, "Cache-Control")).isEqualTo("s-maxage=1, stale-while-revalidate=31535999");
        HttpResponse<String> stale =
                pollUntil("/clock", Duration.ofSeconds(5), r -> header(r, CACHE).equals("STALE"));
        assertThat(header(stale, CACHE)).isEqualTo("STALE");
        HttpResponse<String> fresh =
                pollUntil("/clock", Duration.ofSeconds(5), r -> !r.body().equals(stale.body()));
        assertThat(fresh.body()).isNotEqualTo(stale.body()).startsWith("tick ");
    }

    @Test
    @Spec("S-8.7")
    void twoHundredConcurrentRequestsOnAStaleEntryRegenerateItOnce() throws InterruptedException {
        HttpResponse<String> primed =
                pollUntil("/burst", Duration.ofSeconds(5), r -> header(r, CACHE).equals("HIT"));
        assertThat(header(primed, CACHE)).isEqualTo("HIT");
        int before = Integer.parseInt(get("/burst-count").body());
        Thread.sleep(10_100); // revalidate = 10: stale now
        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            burst.add(Http.at(base)
                    .sendAsync(Http.at(base).request("/burst").GET().build()));
        }
        List<String> labels = burst.stream()
                .map(CompletableFuture::join)
                .map(r -> header(r, CACHE))
                .toList();
        // Each is served from the cache: STALE until the one regeneration lands, HIT after; no MISS or REVALIDATED.
        assertThat(labels).hasSize(200).isSubsetOf("STALE", "HIT").contains("STALE");
        HttpResponse<String> renewed =
                pollUntil("/burst", Duration.ofSeconds(5), r -> !r.body().equals(primed.body()));
        assertThat(renewed.body()).isNotEqualTo(primed.body());
        assertThat(Integer.parseInt(get("/burst-count").body()))
                .as("renders after the burst")
                .isEqualTo(before + 1);
    }

    @Test
    @Spec("S-8.6")
    void listedParamsArePrerenderedAndOthersAnswer404() {
        assertThat(header(get("/articles/a"), CACHE)).isIn("HIT", "REVALIDATED");
        assertThat(get("/articles/b").body()).startsWith("article b");
        HttpResponse<String> unlisted = get("/articles/zzz");
        assertThat(unlisted.statusCode()).isEqualTo(404);
        assertThat(header(unlisted, CACHE)).isEqualTo("(none)");
    }

    @Test
    @Spec("S-8.6")
    void unlistedParamsRenderOnFirstRequestThenHit() {
        HttpResponse<String> first = get("/pages/first-visit");
        HttpResponse<String> second = get("/pages/first-visit");
        assertThat(header(first, CACHE)).isEqualTo("MISS");
        assertThat(header(second, CACHE)).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(get("/pages/first%2Dvisit").body())
                .as("another spelling of the same path")
                .isEqualTo(first.body());
    }

    @Test
    @Spec("S-8.10")
    void revalidateTagMakesTheNextGetFresh() {
        String before = get("/articles/a").body();
        assertThat(Http.at(base).method("POST", "/publish?tag=articles").statusCode())
                .isEqualTo(204);
        HttpResponse<String> after = get("/articles/a");
        assertThat(header(after, CACHE)).isEqualTo("REVALIDATED");
        assertThat(after.body()).isNotEqualTo(before);
        assertThat(header(get("/articles/a"), CACHE)).isEqualTo("HIT");
    }

    @Test
    @Spec("S-8.10")
    void revalidatePathOfAUrlRenewsOnlyThatEntry() {
        get("/pages/one");
        get("/pages/two");
        Http.at(base).method("POST", "/publish?path=/pages/one");
        assertThat(header(get("/pages/one"), CACHE)).isEqualTo("REVALIDATED");
        assertThat(header(get("/pages/two"), CACHE)).isEqualTo("HIT");
    }

    @Test
    @Spec("S-8.10")
    void revalidatePathOfARoutePatternRenewsEveryEntryOfIt() {
        get("/pages/three");
        get("/pages/four");
        Http.at(base).method("POST", "/publish?path=/pages/%5Bslug%5D");
        assertThat(header(get("/pages/three"), CACHE)).isEqualTo("REVALIDATED");
        assertThat(header(get("/pages/four"), CACHE)).isEqualTo("REVALIDATED");
    }

    @Test
    @Spec("S-8.3")
    void autoRouteThatReadsAHeaderIsNeverShared() {
        HttpResponse<String> paris = get("/weather", "X-City", "Paris");
        HttpResponse<String> oslo = get("/weather", "X-City", "Oslo");
        assertThat(paris.body()).isEqualTo("weather in Paris");
        assertThat(oslo.body()).isEqualTo("weather in Oslo");
        assertThat(header(oslo, CACHE)).isEqualTo("(none)");
    }

    @Test
    @Spec("S-8.8")
    void handlersOwnCacheControlIsKept() {
        HttpResponse<String> response = get("/feed");
        assertThat(header(response, CACHE)).isEqualTo("HIT");
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("public, max-age=10");
    }

    @Test
    @Spec("S-8.9")
    void answerSettingACookieIsNeverStored() {
        HttpResponse<String> first = get("/tracker/cookie");
        HttpResponse<String> second = get("/tracker/cookie");
        assertThat(second.body()).isNotEqualTo(first.body());
        assertThat(second.headers().allValues("Set-Cookie")).containsExactly("seen=1; Path=/");
        assertThat(header(second, CACHE)).isEqualTo("(none)");
    }

    @Test
    @Spec("S-8.9")
    void privateAnswerAndServerErrorAreNeverStored() {
        assertThat(get("/tracker/private").body())
                .isNotEqualTo(get("/tracker/private").body());
        HttpResponse<String> unavailable = get("/tracker/down");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(header(unavailable, CACHE)).isEqualTo("(none)");
    }

    @Test
    @Spec({"S-8.2", "S-8.3"})
    void annotationAloneCachesTheConfiguredRoute() {
        assertThat(header(get("/configured"), CACHE)).isEqualTo("HIT");
    }
}
