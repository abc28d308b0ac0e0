package io.routehandlers.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.BodyTooLargeException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void queryStringKeepsRepeatedValuesInOrder() {
        Parameters params = Parameters.parseUrlEncoded("tag=a&q=two+words&tag=b&flag");
        assertThat(params.get("tag")).contains("a");
        assertThat(params.getAll("tag")).containsExactly("a", "b");
        assertThat(params.get("q")).contains("two words");
        assertThat(params.has("flag")).isTrue();
        assertThat(params.get("flag")).contains("");
        assertThat(params.keys()).containsExactly("tag", "q", "flag");
        assertThat(params.get("missing")).isEmpty();
        assertThat(params.getAll("missing")).isEmpty();
    }

    @Test
    void emptyQueryHasNoParameters() {
        assertThat(Parameters.parseUrlEncoded(null).keys()).isEmpty();
        assertThat(Parameters.parseUrlEncoded("&&").keys()).isEmpty();
    }

    @Test
    void malformedEscapeInAQueryIsRejected() {
        assertThatThrownBy(() -> Parameters.parseUrlEncoded("q=%E0%A4%A"))
                .isInstanceOf(PercentDecoding.MalformedEscapeException.class);
    }

    @Test
    void urlencodedBodyIsParsedPairByPair() {
        Parameters form = Parameters.parseUrlEncoded(
                "name=Ada+Lovelace&tag=a&tag=b&empty=&flag".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8,
                10);
        assertThat(form.get("name")).contains("Ada Lovelace");
        assertThat(form.getAll("tag")).containsExactly("a", "b");
        assertThat(form.get("empty")).contains("");
        assertThat(form.get("flag")).contains("");
    }

    @Test
    void urlencodedFormWithMoreFieldsThanTheLimitIsTooLarge() {
        byte[] body = "a=1&b=2&c=3".getBytes(StandardCharsets.UTF_8);
        assertThat(Parameters.parseUrlEncoded(body, StandardCharsets.UTF_8, 3).keys())
                .hasSize(3);
        assertThatThrownBy(() -> Parameters.parseUrlEncoded(body, StandardCharsets.UTF_8, 2))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessage("The request's form parts is over its limit of 2");
    }
}
