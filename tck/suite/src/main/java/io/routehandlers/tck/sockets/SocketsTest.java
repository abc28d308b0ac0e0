package io.routehandlers.tck.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.ClientSocket;
import io.routehandlers.tck.shared.OverHttp;
import io.routehandlers.tck.shared.RouteClient;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WebSocket routes over the network, against the server, with the JDK's WebSocket client; and the roles of a protected
 * socket, with the server's own BASIC authentication (the users of tck/README.md: {@code ada} in role {@code admin},
 * {@code bob} in none).
 */
@ExtendWith(ArquillianExtension.class)
class SocketsTest extends SocketsSlice {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(Deployments.war("sockets", CLASSES), CONFIG)
                .addAsWebInfResource("io/routehandlers/tck/security/web.xml", "web.xml")
                .addAsWebInfResource("io/routehandlers/tck/security/jboss-web.xml", "jboss-web.xml");
    }

    @ArquillianResource
    URL base;

    @Override
    protected RouteClient client() {
        return OverHttp.to(base);
    }

    @Override
    protected String ownOrigin() {
        return base.getProtocol() + "://" + base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Spec("S-17.2")
    void protectedSocketIs401WithoutCredentials403WithoutTheRoleAndOpensForTheRole() {
        try (ClientSocket anonymous = client().socket("/sockets/guarded")) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
        try (ClientSocket bob = client().socket("/sockets/guarded", "Authorization", basic("bob", "bob-secret"))) {
            assertThat(bob.status()).isEqualTo(403);
        }
        try (ClientSocket ada = client().socket("/sockets/guarded", "Authorization", basic("ada", "ada-secret"))) {
            assertThat(ada.status()).isEqualTo(101);
            assertThat(ada.receiveText()).isEqualTo("welcome");
        }
    }
}
