package io.routehandlers.tck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Spec;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link HostileRequests} with problem details on (S-15.5): besides the rules of every run, each error answer is
 * {@code application/problem+json}, none with an exception's text.
 */
@ExtendWith(ArquillianExtension.class)
@Spec({"S-15.5"})
class ProblemDetailsFuzzTest extends HostileRequests {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(
                Deployments.war("fuzz-problems", Parcels.class, Parcels.Forward.class),
                "routehandlers.problem-details=true");
    }

    @ArquillianResource
    URL base;

    /** The error answers whose media type was checked. */
    private int checked;

    @AfterEach
    void manyErrorAnswersWereChecked() {
        System.out.println("fuzz: " + checked + " error answers checked for problem details");
        assertThat(checked).as("error answers of the routes that were checked").isGreaterThan(300);
    }

    @Override
    protected URL base() {
        return base;
    }

    @Override
    protected String problem(byte[] request, byte[] answer, String head, String status) {
        String problem = super.problem(request, answer, head, status);
        if (problem != null || !status.startsWith("4") || serverMayRefuse(request)) {
            return problem;
        }
        checked++;
        String lower = head.toLowerCase(Locale.ROOT);
        return lower.contains("\ncontent-type: application/problem+json")
                ? null
                : "an error answer without problem details: "
                        + head.lines().findFirst().orElse("");
    }

    /**
     * Whether the request's target is one a server may refuse and answer itself, before any application sees the
     * request (S-3.3): a character RFC 3986 does not allow in a URI (Undertow refuses {@code < > { } | ^ ` " \\}),
     * a malformed percent escape in the path or the query, a chunked body (the server decodes it, and the test sends
     * malformed chunks), a path whose bytes are not UTF-8 or decode to a control
     * character such as {@code %00}, or what Servlet 6.0 (3.5.2) calls a suspicious sequence, an encoded {@code %},
     * {@code /}, {@code ;}, {@code .} or {@code \\} in the path.
     */
    private static boolean serverMayRefuse(byte[] request) {
        String line = new String(request, 0, Math.min(request.length, 2000), StandardCharsets.ISO_8859_1);
        if (line.contains("\r\nTransfer-Encoding: chunked\r\n")) {
            return true; // the server reads the chunks (some of them malformed on purpose) before any application
        }
        String target = line.substring(line.indexOf(' ') + 1, line.indexOf(" HTTP/1.1"));
        if (!URI_CHARACTERS.matcher(target).matches()) {
            return true;
        }
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        if (SUSPICIOUS.matcher(path).find()) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            bytes.write(Integer.parseInt(path.substring(i + 1, i + 3), 16));
            i += 2;
        }
        try {
            String decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            return decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
        } catch (CharacterCodingException e) {
            return true;
        }
    }

    /** A target of RFC 3986's characters only, each {@code %} starting an escape of two hex digits. */
    private static final Pattern URI_CHARACTERS =
            Pattern.compile("([A-Za-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*");

    private static final Pattern SUSPICIOUS = Pattern.compile("(?i)%25|%2F|%3B|%2E|%5C|\\\\");
}
