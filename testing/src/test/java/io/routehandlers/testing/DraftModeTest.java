package io.routehandlers.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.Cached;
import io.routehandlers.DraftMode;
import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Draft mode (S-8.16): a signed cookie that bypasses cached routes and cached methods, and is never stored. */
class DraftModeTest {

    @ApplicationScoped
    public static class Posts {
        private final AtomicInteger reads = new AtomicInteger();

        @Cached(tags = "posts")
        public String latest() {
            return "post " + reads.incrementAndGet();
        }

        public int reads() {
            return reads.get();
        }
    }

    @Route("/posts")
    @RouteConfig(dynamic = Dynamic.FORCE_STATIC)
    public static class PostsRoute {
        @Inject
        Posts posts;

        @Inject
        DraftMode draftMode;

        @GET
        public String get() {
            return posts.latest() + (draftMode.isEnabled() ? " (draft)" : "");
        }
    }

    @Route("/api/draft")
    public static class DraftRoute {
        @Inject
        DraftMode draftMode;

        @GET
        public String enable() {
            draftMode.enable();
            return "draft on";
        }

        @DELETE
        public String disable() {
            draftMode.disable();
            return "draft off";
        }
    }

    private static RouteTester tester() {
        return RouteTester.builder()
                .classes(Posts.class, PostsRoute.class, DraftRoute.class)
                .config("routehandlers.draft.secret", "0123456789abcdef0123456789abcdef")
                .build();
    }

    private static String draftCookie(RouteTester tester) {
        String setCookie = tester.get("/api/draft").setCookies().get(0);
        assertThat(setCookie).startsWith(DraftMode.COOKIE + "=").contains("Path=/", "HttpOnly", "SameSite=lax");
        return setCookie.substring(DraftMode.COOKIE.length() + 1, setCookie.indexOf(';'));
    }

    @Test
    void aDraftRequestBypassesTheRouteAndMethodCachesAndIsNeverStored() {
        try (RouteTester tester = tester()) {
            assertThat(tester.get("/posts").text()).isEqualTo("post 1"); // prerendered at start
            String cookie = draftCookie(tester);

            TestResponse draft = tester.request("GET", "/posts")
                    .cookie(DraftMode.COOKIE, cookie)
                    .send();
            assertThat(draft.text()).isEqualTo("post 2 (draft)");
            assertThat(draft.header("X-Route-Cache")).isEmpty();
            assertThat(tester.request("GET", "/posts")
                            .cookie(DraftMode.COOKIE, cookie)
                            .send()
                            .text())
                    .isEqualTo("post 3 (draft)");

            TestResponse published = tester.get("/posts");
            assertThat(published.text()).isEqualTo("post 1");
            assertThat(published.header("X-Route-Cache")).hasValue("HIT");
            assertThat(tester.bean(Posts.class).latest()).isEqualTo("post 1");
        }
    }

    @Test
    void aForgedOrAnotherApplicationsCookieIsIgnored() {
        String other;
        try (RouteTester tester = RouteTester.builder()
                .classes(Posts.class, PostsRoute.class, DraftRoute.class)
                .config("routehandlers.draft.secret", "another-secret-of-32-characters!!")
                .build()) {
            other = draftCookie(tester);
        }
        try (RouteTester tester = tester()) {
            String cookie = draftCookie(tester);
            for (String forged : new String[] {other, cookie.substring(0, cookie.indexOf('.')) + ".AAAA", "x", ""}) {
                TestResponse answer = tester.request("GET", "/posts")
                        .cookie(DraftMode.COOKIE, forged)
                        .send();
                assertThat(answer.header("X-Route-Cache")).as(forged).hasValue("HIT");
            }
        }
    }

    @Test
    void disablingDeletesTheCookie() {
        try (RouteTester tester = tester()) {
            assertThat(tester.request("DELETE", "/api/draft").send().setCookies())
                    .singleElement()
                    .asString()
                    .startsWith(DraftMode.COOKIE + "=;")
                    .contains("Path=/", "Expires=Thu, 01 Jan 1970 00:00:00 GMT");
        }
    }

    @Test
    void aSecretShorterThan32CharactersFailsDeploymentWithoutShowingIt() {
        assertThatThrownBy(() -> RouteTester.builder()
                        .classes(DraftRoute.class)
                        .config("routehandlers.draft.secret", "short")
                        .build())
                .isInstanceOf(DeploymentException.class)
                .hasMessageContaining("RH-032 Invalid configuration value routehandlers.draft.secret=(5 characters)")
                .message()
                .doesNotContain("short");
    }

    @Test
    void aDraftAnswerTellsCachesNotToKeepItAndTheCookieIsFoundAmongOthers() {
        try (RouteTester tester = tester()) {
            String cookie = draftCookie(tester);
            TestResponse draft = tester.request("GET", "/posts")
                    .header("Cookie", "theme=dark; " + DraftMode.COOKIE + "=" + cookie + "; cart=2")
                    .send();
            assertThat(draft.text()).endsWith("(draft)");
            assertThat(draft.header("Cache-Control"))
                    .hasValue("private, no-cache, no-store, max-age=0, must-revalidate");
        }
    }

    @Test
    void aCookieWhoseNameOnlyEndsWithTheDraftCookiesIsNotOne() {
        try (RouteTester tester = tester()) {
            String cookie = draftCookie(tester);
            TestResponse answer = tester.request("GET", "/posts")
                    .header("Cookie", "x-" + DraftMode.COOKIE + "=" + cookie)
                    .send();
            assertThat(answer.header("X-Route-Cache")).hasValue("HIT");
        }
    }

    /** A cached route of an application that never injects DraftMode. */
    @Route("/news")
    @RouteConfig(dynamic = Dynamic.FORCE_STATIC)
    public static class News {
        @GET
        public String get() {
            return "news";
        }
    }

    @Test
    void anApplicationThatDoesNotInjectDraftModeDoesNotLookForTheCookie() {
        String cookie;
        try (RouteTester tester = tester()) {
            cookie = draftCookie(tester);
        }
        try (RouteTester tester = RouteTester.builder()
                .classes(News.class)
                .config("routehandlers.draft.secret", "0123456789abcdef0123456789abcdef")
                .build()) {
            TestResponse answer = tester.request("GET", "/news")
                    .cookie(DraftMode.COOKIE, cookie)
                    .send();
            assertThat(answer.header("X-Route-Cache")).hasValue("HIT");
        }
    }
}
