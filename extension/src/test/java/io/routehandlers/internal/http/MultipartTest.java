package io.routehandlers.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.routehandlers.BodyTooLargeException;
import io.routehandlers.FormData.FormFile;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The streaming multipart parser (S-4.4): parts, limits, temporary files and hostile bodies. */
class MultipartTest {

    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    private final Multipart.Uploads uploads = new Multipart.Uploads();

    private Parameters parse(String body, String contentType, long maxFileSize, int maxParts) throws IOException {
        return parse(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), contentType, maxFileSize, maxParts);
    }

    private Parameters parse(InputStream body, String contentType, long maxFileSize, int maxParts) throws IOException {
        return Multipart.parse(body, contentType, StandardCharsets.UTF_8, maxFileSize, maxParts, uploads);
    }

    private Parameters parse(String body) throws IOException {
        return parse(body, TYPE, 1_000_000, 100);
    }

    @Test
    void textFieldsAndFilesAreReadInOrder() throws IOException {
        Parameters form = parse("--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Hello\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"upload\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "file body\r\n"
                + "--XyZ--\r\n");
        assertThat(form.get("title")).contains("Hello");
        assertThat(form.keys()).containsExactly("title", "upload");
        FormFile upload = form.file("upload").orElseThrow();
        assertThat(upload.fileName()).isEqualTo("a.txt");
        assertThat(upload.contentType()).isEqualTo("text/plain");
        assertThat(upload.size()).isEqualTo(9);
        assertThat(new String(upload.content(), StandardCharsets.UTF_8)).isEqualTo("file body");
    }

    @Test
    void preambleEpilogueAndTransportPaddingAreIgnored() throws IOException {
        Parameters form = parse("ignored preamble\r\n--XyZ \t\r\n"
                + "Content-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ--\r\nignored epilogue");
        assertThat(form.get("a")).contains("1");
    }

    @Test
    void contentThatNearlyMatchesTheDelimiterIsKept() throws IOException {
        String content = "\r\n--XyA\r\n-\r\r\n--X\r\n--Xy";
        Parameters form =
                parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + content + "\r\n--XyZ--");
        assertThat(form.get("a")).contains(content);
    }

    @Test
    void delimitersSplitAcrossReadsAreFound() throws IOException {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + "x".repeat(20_000)
                + "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"b\"\r\n\r\nb\r\n--XyZ--";
        InputStream oneByteAtATime =
                new FilterInputStream(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))) {
                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        return super.read(b, off, Math.min(len, 7));
                    }
                };
        Parameters form = parse(oneByteAtATime, TYPE, 1_000_000, 10);
        assertThat(form.get("a")).hasValueSatisfying(a -> assertThat(a).hasSize(20_000));
        assertThat(form.get("b")).contains("b");
    }

    @Test
    void largeFileGoesToATemporaryFileThatIsDeletedWithTheUploads() throws IOException {
        byte[] content = new byte[100_000];
        Arrays.fill(content, (byte) 'z');
        Parameters form = parse("--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"big.bin\"\r\n\r\n"
                + new String(content, StandardCharsets.ISO_8859_1) + "\r\n--XyZ--");
        FormFile file = form.file("f").orElseThrow();
        assertThat(file.size()).isEqualTo(100_000);
        try (InputStream in = file.open()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        Path stored = Files.list(Path.of(System.getProperty("java.io.tmpdir")))
                .filter(p -> p.getFileName().toString().startsWith("routehandlers-upload-"))
                .findFirst()
                .orElseThrow();
        uploads.close();
        assertThat(stored).doesNotExist();
    }

    @Test
    void fileOfExactlyTheFileLimitIsReadAndOneByteMoreIsTooLarge() throws IOException {
        String part = "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a\"\r\n\r\n";
        assertThat(parse(part + "12345\r\n--XyZ--", TYPE, 5, 10)
                        .file("f")
                        .orElseThrow()
                        .size())
                .isEqualTo(5);
        assertThatThrownBy(() -> parse(part + "123456\r\n--XyZ--", TYPE, 5, 10))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessage("The request's file part is over its limit of 5");
    }

    @Test
    void morePartsThanTheLimitAreTooLarge() {
        String part = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n";
        assertThatThrownBy(() -> parse(part.repeat(3) + "--XyZ--", TYPE, 10, 2))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessage("The request's form parts is over its limit of 2");
    }

    @Test
    void boundaryOfSeventyCharactersIsAcceptedAndSeventyOneRejected() throws IOException {
        String seventy = "b".repeat(70);
        assertThat(parse(
                                "--" + seventy + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--"
                                        + seventy + "--",
                                "multipart/form-data; boundary=" + seventy,
                                10,
                                10)
                        .get("a"))
                .contains("1");
        assertThatThrownBy(() -> parse("", "multipart/form-data; boundary=" + "b".repeat(71), 10, 10))
                .isInstanceOf(Multipart.MalformedMultipartException.class)
                .hasMessage("Malformed multipart/form-data body: a boundary of 71 characters; RFC 2046 allows 70");
    }

    @Test
    void boundaryWithCharactersOutsideRfc2046IsRejected() {
        assertThatThrownBy(() -> parse("", "multipart/form-data; boundary=\"a;b\"", 10, 10))
                .isInstanceOf(Multipart.MalformedMultipartException.class);
    }

    @Test
    void malformedBodiesAreBadRequests() {
        assertThatThrownBy(() -> parse("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue"))
                .isInstanceOf(Multipart.MalformedMultipartException.class)
                .hasMessage("Malformed multipart/form-data body: no closing boundary");
        assertThatThrownBy(() -> parse("--XyZ\r\nContent-Disposition: form-data\r\n\r\nv\r\n--XyZ--"))
                .hasMessage("Malformed multipart/form-data body: a part without a Content-Disposition name");
        assertThatThrownBy(() -> parse("no delimiter at all"))
                .hasMessage("Malformed multipart/form-data body: no opening boundary");
        assertThatThrownBy(() -> parse("", "multipart/form-data", 10, 10))
                .hasMessage("Malformed multipart/form-data body: no boundary in Content-Type");
        assertThatThrownBy(() -> parse("--XyZ\r\n" + "X-Long: " + "h".repeat(9000) + "\r\n\r\n"))
                .hasMessage("Malformed multipart/form-data body: part headers longer than 8192 bytes");
    }

    @Test
    void bodyOfNearMatchesOfALongBoundaryIsKeptWhole() throws IOException {
        // Each line nearly matches a 70-character delimiter and fails on its last byte: the body that made a naive
        // search cost its length times the boundary's. MultipartBenchmark measures that the time stays linear.
        String boundary = "a".repeat(70);
        String content = ("\r\n--" + "a".repeat(69) + "b").repeat(1_000);
        Parameters form = parse(
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + content + "\r\n--"
                        + boundary + "--",
                "multipart/form-data; boundary=" + boundary,
                10,
                10);
        assertThat(form.get("a")).contains(content);
    }
}
