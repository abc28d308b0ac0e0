package io.routehandlers.tck.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.Reply;
import io.routehandlers.tck.shared.RouteClient;
import org.junit.jupiter.api.Test;

/**
 * Exception mapping (S-15.4), run over HTTP on each server ({@link ErrorsTest}) and in process
 * (routehandlers-testing's {@code ErrorsInProcessTest}).
 */
public abstract class ErrorsSlice {

    /** The routes, exceptions, mappers and the filter of the slice. */
    public static final Class<?>[] CLASSES = {
        Shop.class,
        Shop.Later.class,
        Shop.Guarded.class,
        ShopException.class,
        OutOfStock.class,
        LegacyException.class,
        ContextualException.class,
        FragileException.class,
        OutOfStockMapper.class,
        ShopMapper.class,
        EverythingMapper.class,
        FragileMapper.class,
        LegacyMapper.class,
        ContextualMapper.class,
        Gate.class
    };

    /** How the test reaches the routes. */
    protected abstract RouteClient client();

    @Test
    @Spec("S-15.4")
    void theMapperOfTheMostSpecificTypeAnswers() {
        Reply stock = client().get("/shop/out-of-stock");
        assertThat(stock.status()).isEqualTo(409);
        assertThat(stock.header("Content-Type")).contains("application/json");
        assertThat(stock.header("X-Mapper")).contains("out-of-stock");
        assertThat(stock.body()).isEqualTo("{\"sku\":\"lamp\"}");
        Reply closed = client().get("/shop/closed");
        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.body()).isEqualTo("{\"error\":\"closed on Sundays\"}");
        Reply state = client().get("/shop/state");
        assertThat(state.status()).isEqualTo(500);
        assertThat(state.body()).isEqualTo("{\"error\":\"unexpected\"}");
    }

    @Test
    @Spec("S-15.4")
    void aMappedAnswerCarriesTheCookiesTheHandlerSetAndTheExtensionsOwnDoNot() {
        Reply mapped = client().get("/shop/cookie-out-of-stock");
        assertThat(mapped.status()).isEqualTo(409);
        assertThat(mapped.headers("Set-Cookie")).containsExactly("visited=shop; Path=/");
        Reply bad = client().get("/shop/cookie-bad");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.headers("Set-Cookie")).isEmpty();
    }

    @Test
    @Spec("S-15.4")
    void aFailedStageIsMappedLikeAThrownException() {
        Reply stock = client().get("/shop/later/out-of-stock");
        assertThat(stock.status()).isEqualTo(409);
        assertThat(stock.body()).isEqualTo("{\"sku\":\"desk\"}");
        Reply other = client().get("/shop/later/other");
        assertThat(other.status()).isEqualTo(500);
        assertThat(other.body()).isEqualTo("{\"error\":\"unexpected\"}");
    }

    @Test
    @Spec("S-15.4")
    void whatAFilterThrowsIsMappedToo() {
        Reply reply = client().get("/shop/guarded");
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).isEqualTo("{\"sku\":\"gate\"}");
    }

    @Test
    @Spec("S-15.4")
    void noMapperSeesTheExtensionsOwnAnswers() {
        Reply missing = client().get("/shop/missing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).isEmpty();
        Reply bad = client().get("/shop/bad");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).isEmpty();
    }

    @Test
    @Spec("S-15.4")
    void theApplicationsJakartaRestMapperAppliesWhenNoRouteMapperDoes() {
        Reply legacy = client().get("/shop/legacy");
        assertThat(legacy.status()).isEqualTo(410);
        assertThat(legacy.body()).isEqualTo("gone");
        Reply contextual = client().get("/shop/contextual");
        assertThat(contextual.status())
                .as("a mapper that needs @Context is left out")
                .isEqualTo(500);
        assertThat(contextual.body()).isEmpty();
    }

    @Test
    @Spec("S-15.4")
    void aMapperThatFailsAndAnUnmappedExceptionAnswerAnEmpty500() {
        Reply fragile = client().get("/shop/fragile");
        assertThat(fragile.status()).isEqualTo(500);
        assertThat(fragile.body()).isEmpty();
        Reply io = client().get("/shop/io");
        assertThat(io.status()).isEqualTo(500);
        assertThat(io.body()).isEmpty();
        assertThat(io.body()).doesNotContain("detail");
    }
}
