package io.routehandlers.tck.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-4.4 and S-4.5: body limits at and past the limit, multipart limits, and every malformed request a 4xx. The
 * deployment allows 1,000 bytes of body, 100 bytes per file part and 3 form parts.
 */
@ExtendWith(ArquillianExtension.class)
class LimitsTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war("limits", Mailroom.class),
                "routehandlers.max-body-size=1000",
                "routehandlers.max-file-size=100",
                "routehandlers.max-form-parts=3");
    }

    @ArquillianResource
    URL base;

    private HttpResponse<String> post(String path, String contentType, String body) {
        return Http.at(base).send("POST", path, contentType, body);
    }

    /** A body without a length: the client sends it chunked. */
    private HttpResponse<String> postChunked(String path, byte[] body) {
        return Http.at(base)
                .send(Http.at(base)
                        .request(path)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build());
    }

    private static String multipart(String boundary, String... parts) {
        StringBuilder body = new StringBuilder();
        for (String part : parts) {
            body.append("--").append(boundary).append("\r\n").append(part).append("\r\n");
        }
        return body.append("--").append(boundary).append("--\r\n").toString();
    }

    @Test
    @Spec("S-4.4")
    void bodyOfExactlyTheLimitIsRead() {
        HttpResponse<String> response = post("/mailroom/text", "text/plain", "x".repeat(1000));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("1000 characters");
    }

    @Test
    @Spec("S-4.4")
    void declaredLengthOverTheLimitAnswers413() {
        HttpResponse<String> response = post("/mailroom/text", "text/plain", "x".repeat(1001));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEmpty();
    }

    @Test
    @Spec("S-4.4")
    void chunkedBodyThatGrowsPastTheLimitAnswers413() {
        assertThat(postChunked("/mailroom/text", new byte[5_000]).statusCode()).isEqualTo(413);
        assertThat(postChunked("/mailroom/text", new byte[1_000]).body()).isEqualTo("1000 characters");
    }

    @Test
    @Spec("S-4.4")
    void readingPastTheLimitThroughTheStreamAnswers413() {
        assertThat(postChunked("/mailroom/stream", new byte[5_000]).statusCode())
                .isEqualTo(413);
        assertThat(postChunked("/mailroom/stream", new byte[999]).body()).isEqualTo("999 bytes");
    }

    @Test
    @Spec("S-4.4")
    void filePartOverTheFileLimitAnswers413() {
        String type = "multipart/form-data; boundary=Fb9";
        String file = "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n";
        assertThat(post("/mailroom/form", type, multipart("Fb9", file + "x".repeat(100)))
                        .body())
                .isEqualTo("1 fields, 100 file bytes");
        assertThat(post("/mailroom/form", type, multipart("Fb9", file + "x".repeat(101)))
                        .statusCode())
                .isEqualTo(413);
    }

    @Test
    @Spec("S-4.4")
    void formWithMorePartsThanTheLimitAnswers413() {
        String type = "multipart/form-data; boundary=Fb9";
        String field = "Content-Disposition: form-data; name=\"a\"\r\n\r\n1";
        assertThat(post("/mailroom/form", type, multipart("Fb9", field, field, field))
                        .body())
                .isEqualTo("1 fields, 0 file bytes");
        assertThat(post("/mailroom/form", type, multipart("Fb9", field, field, field, field))
                        .statusCode())
                .isEqualTo(413);
        assertThat(post("/mailroom/form", "application/x-www-form-urlencoded", "a=1&b=2&c=3&d=4")
                        .statusCode())
                .isEqualTo(413);
    }

    @Test
    @Spec("S-4.4")
    void boundaryLongerThanSeventyCharactersAnswers400() {
        String field = "Content-Disposition: form-data; name=\"a\"\r\n\r\n1";
        String seventy = "b".repeat(70);
        String seventyOne = "b".repeat(71);
        assertThat(post("/mailroom/form", "multipart/form-data; boundary=" + seventy, multipart(seventy, field))
                        .statusCode())
                .isEqualTo(200);
        assertThat(post("/mailroom/form", "multipart/form-data; boundary=" + seventyOne, multipart(seventyOne, field))
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    @Spec("S-4.5")
    void charsetWithAnUnterminatedQuoteAnswers400() {
        HttpResponse<String> response = Http.at(base).send("PUT", "/mailroom/text", "text/plain; charset=\"", "abc");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEmpty();
    }

    /**
     * A server may answer malformed framing itself, before the body reaches a route: Open Liberty and Payara let the
     * route's read fail (then {@code 400}), WildFly closes the connection without an answer. Never a {@code 5xx}.
     */
    @Test
    @Spec("S-4.5")
    void malformedChunkedFramingAnswers4xxOrClosesTheConnection() throws IOException {
        String status = rawStatus("POST " + base.getPath() + "mailroom/text HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "zz\r\nabc\r\n0\r\n\r\n");
        assertThat(status).as("status line").matches("(HTTP/1\\.1 4\\d\\d.*)?");
    }

    @Test
    @Spec("S-4.5")
    void malformedPathFromRequestDataInRevalidatePathAnswers400() {
        assertThat(Http.at(base)
                        .method("DELETE", "/mailroom/text?path=/mailroom/text")
                        .statusCode())
                .isEqualTo(204);
        // The query decodes to /mailroom/%ZZ: a malformed escape handed to revalidatePath.
        HttpResponse<String> malformed = Http.at(base).method("DELETE", "/mailroom/text?path=/mailroom/%25ZZ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).isEmpty();
    }

    @Test
    @Spec("S-4.5")
    void redirectTargetOutsideAsciiIsSentPercentEncoded() {
        HttpResponse<String> response = Http.at(base).get("/mailroom/y");
        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.headers().firstValue("Location")).contains("/docs/x%C4%80y");
    }

    private String rawStatus(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
