package io.routehandlers.tck.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.Test;

/**
 * A forged {@code X-Forwarded-For} from a peer that is no trusted proxy (S-16.1): the application trusts proxies, but
 * not the test's own address (loopback). Over HTTP ({@link UntrustedPeersTest}) and in process
 * ({@code UntrustedPeersInProcessTest}).
 */
public abstract class UntrustedPeersSlice {

    /** The routes of the slice. */
    public static final Class<?>[] CLASSES = {Whoami.class, Whoami.Limited.class};

    /** The configuration of the slice's deployment, {@code key=value}. */
    public static final String[] CONFIG = {"routehandlers.trusted-proxies=192.0.2.0/24"};

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    @Test
    @Spec("S-16.1")
    void aForgedHeaderDoesNotChangeTheClient() {
        assertThat(client().send("GET", "/whoami", "X-Forwarded-For", "203.0.113.9")
                        .body())
                .isIn("127.0.0.1", "::1");
    }

    @Test
    @Spec("S-16.1")
    void aForgedHeaderDoesNotChangeTheKeyOfALimit() {
        assertThat(client().get("/clients/limited").status()).isEqualTo(200);
        assertThat(client().send("GET", "/clients/limited", "X-Forwarded-For", "203.0.113.12")
                        .status())
                .isEqualTo(429);
        assertThat(client().send("GET", "/clients/limited", "X-Forwarded-For", "192.0.2.1, 203.0.113.13")
                        .status())
                .isEqualTo(429);
    }
}
