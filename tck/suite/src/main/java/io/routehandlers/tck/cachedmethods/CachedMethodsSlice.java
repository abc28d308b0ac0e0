package io.routehandlers.tck.cachedmethods;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.Test;

/**
 * Cached methods, life profiles, nesting, stale marks and draft mode (S-8.12 to S-8.16), run over HTTP on each server
 * ({@link CachedMethodsTest}) and in process (routehandlers-testing's {@code CachedMethodsInProcessTest}). Each test
 * uses keys of its own: values are not reset between tests.
 */
public abstract class CachedMethodsSlice {

    /** The beans and routes of the slice. */
    public static final Class<?>[] CLASSES = {
        Catalogue.class,
        Memo.class,
        Memo.Products.class,
        Memo.Runs.class,
        Memo.Flaky.class,
        Memo.Kinds.class,
        Memo.Shop.class,
        Memo.Ticker.class,
        Memo.Hourly.class,
        Memo.Blog.class,
        Memo.Revalidate.class,
        Memo.Draft.class
    };

    /** The configuration of the slice's deployment, {@code key=value}. */
    public static final String[] CONFIG = {
        "routehandlers.cache.life.blog.stale=60",
        "routehandlers.cache.life.blog.revalidate=900",
        "routehandlers.cache.life.blog.expire=86400",
        "routehandlers.route./memo/blog.life=blog",
        "routehandlers.draft.secret=a-secret-of-the-tck-at-least-32-characters"
    };

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    private int runs(String what) {
        return Integer.parseInt(client().get("/memo/runs/" + what).body());
    }

    private void revalidate(String query) {
        assertThat(client().send("POST", "/memo/revalidate?" + query).status()).isEqualTo(204);
    }

    /** Reads a path until its body is not {@code old} any more, for a regeneration in the background. */
    private Reply awaitChange(String path, String old) throws InterruptedException {
        Reply reply = client().get(path);
        for (int i = 0; i < 300 && reply.body().equals(old); i++) {
            Thread.sleep(100);
            reply = client().get(path);
        }
        return reply;
    }

    @Test
    @Spec("S-8.13")
    void aValueIsComputedOncePerArgumentAndSharedByRequests() {
        String first = client().get("/memo/products/lamps").body();
        assertThat(client().get("/memo/products/lamps").body()).isEqualTo(first);
        assertThat(runs("products-lamps")).isEqualTo(1);
        client().get("/memo/products/desks");
        assertThat(runs("products-desks")).isEqualTo(1);
        assertThat(runs("products-lamps")).isEqualTo(1);
    }

    @Test
    @Spec("S-8.13")
    void aMethodThatThrowsStoresNothing() {
        assertThat(client().get("/memo/flaky/k").body()).isEqualTo("failed: the supplier is down");
        assertThat(client().get("/memo/flaky/k").body()).isEqualTo("ok 2");
        assertThat(client().get("/memo/flaky/k").body()).isEqualTo("ok 2");
    }

    @Test
    @Spec("S-8.13")
    void optionalsAndStagesAreStoredAsTheirValues() {
        assertThat(client().get("/memo/kinds/lamp").body()).isEqualTo("v1 v1");
        assertThat(client().get("/memo/kinds/lamp").body()).isEqualTo("v1 v1");
        assertThat(client().get("/memo/kinds/none").body()).isEqualTo("empty v1");
        assertThat(client().get("/memo/kinds/none").body()).isEqualTo("empty v1");
        assertThat(runs("product-none")).isEqualTo(1);
    }

    @Test
    @Spec({"S-8.14", "S-8.10"})
    void revalidatingATagAMethodChoseRendersTheRouteBuiltFromItAgain() {
        Reply first = client().get("/memo/shop");
        assertThat(first.header("X-Route-Cache")).hasValue("HIT");
        revalidate("tag=category-shop"); // the route names no tag: its render took the method's
        Reply again = client().get("/memo/shop");
        assertThat(again.header("X-Route-Cache")).hasValue("REVALIDATED");
        assertThat(again.body()).isNotEqualTo(first.body());
        assertThat(client().get("/memo/shop").header("X-Route-Cache")).hasValue("HIT");
    }

    @Test
    @Spec("S-8.14")
    void aRouteAnswerLivesNoLongerThanTheValuesItWasBuiltFrom() {
        // Built from a value that lives "seconds": fresh a second at most, served stale until a minute at most.
        assertThat(client().get("/memo/ticker").header("Cache-Control").orElseThrow())
                .matches("s-maxage=[01], stale-while-revalidate=([0-9]|[1-5][0-9])");
    }

    @Test
    @Spec("S-8.15")
    void aTagMarkedStaleIsServedOnceMoreWhileOneRegenerationRuns() throws InterruptedException {
        String first = client().get("/memo/products/stale").body();
        revalidate("tag=category-stale&profile=max");
        assertThat(client().get("/memo/products/stale").body()).isEqualTo(first);
        Reply fresh = awaitChange("/memo/products/stale", first);
        assertThat(fresh.body()).isEqualTo("v2");
        assertThat(runs("products-stale")).isEqualTo(2);
    }

    @Test
    @Spec("S-8.15")
    void afterUpdateTagTheNextReadWaitsForANewValue() {
        assertThat(client().get("/memo/products/updated").body()).isEqualTo("v1");
        revalidate("tag=category-updated&update");
        assertThat(client().get("/memo/products/updated").body()).isEqualTo("v2");
    }

    @Test
    @Spec("S-8.12")
    void aRoutesProfileGivesItsAnswersTheirCacheControl() {
        Reply hourly = client().get("/memo/hourly");
        assertThat(hourly.header("X-Route-Cache")).hasValue("HIT");
        assertThat(hourly.header("Cache-Control")).hasValue("max-age=300, s-maxage=3600, stale-while-revalidate=82800");
        assertThat(client().get("/memo/blog").header("Cache-Control"))
                .hasValue("max-age=60, s-maxage=900, stale-while-revalidate=85500");
    }

    @Test
    @Spec("S-8.16")
    void aRequestInDraftModeBypassesTheCachesAndAForgedCookieDoesNot() {
        String setCookie = client().get("/memo/draft").headers("Set-Cookie").get(0);
        assertThat(setCookie).startsWith("routehandlers-draft=").contains("HttpOnly");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        Reply draft = client().send("GET", "/memo/shop", "Cookie", cookie);
        assertThat(draft.body()).startsWith("draft v");
        assertThat(draft.header("X-Route-Cache")).isEmpty();
        Reply forged = client().send("GET", "/memo/shop", "Cookie", cookie.substring(0, cookie.length() - 4) + "AAAA");
        assertThat(forged.header("X-Route-Cache")).hasValue("HIT");
        assertThat(forged.body()).doesNotStartWith("draft");
    }
}
