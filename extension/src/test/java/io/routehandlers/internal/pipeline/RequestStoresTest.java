package io.routehandlers.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.CookieStore;
import io.routehandlers.HeaderStore;
import io.routehandlers.HeaderValue;
import io.routehandlers.RequestCookie;
import io.routehandlers.fixtures.AmbientRequest;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;

/** S-5.1, S-6.1, S-6.2: the request stores as CDI beans. */
@EnableWeld
class RequestStoresTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(RequestStores.class, CurrentCall.class, AmbientRequest.class, Visitor.class)
            .build();

    @Inject
    CookieStore cookies;

    @Inject
    RequestContextController requestContext;

    @Inject
    Visitor visitor;

    /** A request-scoped bean with a qualified header. */
    @RequestScoped
    static class Visitor {
        @Inject
        @HeaderValue("Referer")
        Optional<String> referer;

        @Inject
        HeaderStore headers;

        Optional<String> referer() {
            return referer;
        }

        Optional<String> refererFromStore() {
            return headers.get("REFERER");
        }
    }

    @Test
    void cookieStoreOutsideARequestThrowsContextNotActive() {
        assertThatThrownBy(() -> cookies.get("token")).isInstanceOf(ContextNotActiveException.class);
    }

    @Test
    void cookieStoreInARequestReadsAndWrites() {
        requestContext.activate();
        try {
            assertThat(cookies.get("token")).contains(new RequestCookie("token", "abc"));
            cookies.set("theme", "light");
            assertThat(cookies.get("theme")).contains(new RequestCookie("theme", "light"));
        } finally {
            requestContext.deactivate();
        }
    }

    @Test
    void eachRequestHasItsOwnStore() {
        requestContext.activate();
        cookies.set("once", "1");
        requestContext.deactivate();
        requestContext.activate();
        try {
            assertThat(cookies.has("once")).isFalse();
        } finally {
            requestContext.deactivate();
        }
    }

    @Test
    void qualifiedHeaderAndHeaderStoreAreInjected() {
        requestContext.activate();
        try {
            assertThat(visitor.referer()).contains("https://example.com/");
            assertThat(visitor.refererFromStore()).contains("https://example.com/");
        } finally {
            requestContext.deactivate();
        }
    }
}
