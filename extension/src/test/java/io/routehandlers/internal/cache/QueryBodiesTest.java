package io.routehandlers.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QueryBodiesTest {

    private static String digest(String type, String body) {
        return QueryBodies.digest(type, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonIsKeyedByItsCanonicalForm() {
        assertThat(new String(
                        QueryBodies.canonical("{ \"b\": [1, 2.50, {\"y\":1,\"x\":\"\\u00e9\"}],\n \"a\": null }"
                                        .getBytes(StandardCharsets.UTF_8))
                                .orElseThrow(),
                        StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":null,\"b\":[1,2.50,{\"x\":\"é\",\"y\":1}]}");
        String compact = digest("application/json", "{\"q\":\"lamp\",\"max\":3}");
        assertThat(digest("application/json; charset=UTF-8", "{ \"max\" : 3, \"q\" : \"lamp\" }"))
                .isEqualTo(compact);
        assertThat(digest("application/vnd.acme+json", " {\"max\":3,\"q\":\"lamp\"} "))
                .isEqualTo(compact);
    }

    @Test
    void otherTypesAndJsonThatDoesNotParseAreKeyedByTheirBytes() {
        assertThat(digest("text/plain", "a b")).isNotEqualTo(digest("text/plain", "a  b"));
        assertThat(digest("application/json", "{broken")).isNotEqualTo(digest("application/json", "{broken "));
        assertThat(digest("application/json", "[1, 2]")).isNotEqualTo(digest("application/json", "[2, 1]"));
    }

    @Test
    void theTypeInTheKeyKeepsItsCharset() {
        assertThat(QueryBodies.type("Application/JSON; charset=UTF-8")).isEqualTo("application/json;charset=utf-8");
        assertThat(QueryBodies.type("text/plain")).isEqualTo("text/plain");
        assertThat(QueryBodies.type("nonsense")).isEqualTo("-");
    }

    @Test
    void jsonTheParserRefusesIsKeyedByItsBytes() {
        assertThat(QueryBodies.canonical("{\"a\":1e9999999999}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(QueryBodies.canonical(("[" + "9".repeat(5000) + "]").getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }
}
