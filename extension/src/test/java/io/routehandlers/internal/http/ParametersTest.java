package io.routehandlers.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void multipartBodyGivesTextFieldsAndFiles() {
        String body = "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Hello\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"upload\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "file body\r\n"
                + "--XyZ--\r\n";
        Parameters form = Multipart.parse(
                body.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=XyZ", StandardCharsets.UTF_8);
        assertThat(form.get("title")).contains("Hello");
        assertThat(form.keys()).containsExactly("title", "upload");
        assertThat(form.file("upload")).hasValueSatisfying(file -> {
            assertThat(file.fileName()).isEqualTo("a.txt");
            assertThat(file.contentType()).isEqualTo("text/plain");
            assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("file body");
        });
    }

    @Test
    void multipartWithoutClosingBoundaryIsRejected() {
        byte[] body =
                "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Multipart.parse(body, "multipart/form-data; boundary=XyZ", StandardCharsets.UTF_8))
                .isInstanceOf(Multipart.MalformedMultipartException.class)
                .hasMessage("Malformed multipart/form-data body: no closing boundary");
    }

    @Test
    void multipartWithoutBoundaryParameterIsRejected() {
        assertThatThrownBy(() -> Multipart.parse(new byte[0], "multipart/form-data", StandardCharsets.UTF_8))
                .isInstanceOf(Multipart.MalformedMultipartException.class)
                .hasMessage("Malformed multipart/form-data body: no boundary in Content-Type");
    }
}
