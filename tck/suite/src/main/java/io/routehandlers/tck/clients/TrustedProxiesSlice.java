package io.routehandlers.tck.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.Test;

/**
 * The client's address behind trusted proxies (S-16.1): the test's own address (loopback) is a trusted proxy, so the
 * {@code X-Forwarded-For} it sends names the client. Over HTTP ({@link TrustedProxiesTest}) and in process
 * ({@code TrustedProxiesInProcessTest}).
 */
public abstract class TrustedProxiesSlice {

    /** The routes of the slice. */
    public static final Class<?>[] CLASSES = {Whoami.class, Whoami.Limited.class};

    /** The configuration of the slice's deployment, {@code key=value}. */
    public static final String[] CONFIG = {"routehandlers.trusted-proxies=127.0.0.0/8, ::1"};

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    @Test
    @Spec("S-16.1")
    void theRightmostAddressThatIsNoTrustedProxyIsTheClient() {
        assertThat(client().send("GET", "/whoami", "X-Forwarded-For", "203.0.113.9")
                        .body())
                .isEqualTo("203.0.113.9");
        // The leftmost entry is whatever the client wrote; the proxy appended the address it saw.
        assertThat(client().send("GET", "/whoami", "X-Forwarded-For", "198.51.100.1, 203.0.113.9, 127.0.0.1")
                        .body())
                .isEqualTo("203.0.113.9");
        assertThat(client().send("GET", "/whoami", "X-Forwarded-For", "[2001:DB8::9]:4711")
                        .body())
                .isEqualTo("2001:db8::9");
        // Forwarded is not the configured header: it is not read.
        assertThat(client().send("GET", "/whoami", "Forwarded", "for=203.0.113.9")
                        .body())
                .isIn("127.0.0.1", "::1");
        assertThat(client().get("/whoami").body()).isIn("127.0.0.1", "::1");
    }

    @Test
    @Spec("S-16.1")
    void limitsCountPerForwardedClient() {
        assertThat(client().send("GET", "/clients/limited", "X-Forwarded-For", "203.0.113.10")
                        .status())
                .isEqualTo(200);
        assertThat(client().send("GET", "/clients/limited", "X-Forwarded-For", "203.0.113.10")
                        .status())
                .isEqualTo(429);
        assertThat(client().send("GET", "/clients/limited", "X-Forwarded-For", "203.0.113.11")
                        .status())
                .isEqualTo(200);
    }
}
