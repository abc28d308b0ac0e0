package io.routehandlers.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.RouteTest;
import io.routehandlers.testing.RouteTester;
import io.routehandlers.testing.TestResponse;
import org.junit.jupiter.api.Test;

/** Logging in with a form, a cookie, and the account it opens: the cookie jar carries the session. */
@RouteTest(
        value = {SessionRoute.class, AccountRoute.class},
        cookieJar = true)
class SessionRouteTest {

    @Test
    void formLoginSetsTheSessionCookieAndSeesOtherAfterThePost(RouteTester tester) {
        TestResponse login =
                tester.request("POST", "/session").form("user", "ada").send();
        assertThat(login.status()).isEqualTo(303);
        assertThat(login.header("Location")).contains("/account");
        assertThat(login.setCookies()).containsExactly("session=ada; Path=/; HttpOnly; SameSite=lax");
        assertThat(tester.get("/account").text()).isEqualTo("{\"user\":\"ada\"}");
    }

    @Test
    void accountWithoutASessionIs401(RouteTester tester) {
        assertThat(tester.get("/account").status()).isEqualTo(401);
    }

    @Test
    void invalidUserNameIs401AndSetsNoCookie(RouteTester tester) {
        TestResponse login =
                tester.request("POST", "/session").form("user", "a b").send();
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.setCookies()).isEmpty();
    }

    @Test
    void logoutDeletesTheCookie(RouteTester tester) {
        assertThat(tester.request("DELETE", "/session").send().setCookies())
                .containsExactly("session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
    }
}
