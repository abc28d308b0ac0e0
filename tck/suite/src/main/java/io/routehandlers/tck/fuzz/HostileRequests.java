package io.routehandlers.tck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile input, bounded and seeded: 5,000 raw requests with random methods, escapes (valid and malformed), path
 * parameters, query strings, cookies, charsets and bodies (JSON, forms, multipart with odd boundaries) to routes
 * that read them all. No answer may be a 5xx, carry an exception's name or a stack frame in its body, or hold a
 * byte below 0x20 other than tab in a header. Every path matches a route, so that every answer is the
 * implementation's (a path no route answers is the server's to answer): there are no dot-segments, which a server
 * resolves before any application sees the path; request lines stay well-formed, as a server rejects the others
 * itself. The seed is {@code -Droutehandlers.tck.fuzz.seed} (default 2026);
 * the counts go to the test's output. A subclass deploys the routes and may check more of each answer.
 */
abstract class HostileRequests {

    private static final int REQUESTS = Integer.getInteger("routehandlers.tck.fuzz.requests", 5_000);
    private static final long SEED = Long.getLong("routehandlers.tck.fuzz.seed", 2026);
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|caused by|SRVE\\d|UT0\\d{4}|java\\.lang|jakarta\\.");
    /** Characters a path or query may hold on a well-formed request line: no space, no '/', no '#', no '?'. */
    private static final String PATH_CHARACTERS = "abcXYZ019%;=&\"'<>{}[]\\~!$()*+,:@|^`";
    /** Characters of header values and bodies. */
    private static final String TEXT_CHARACTERS = PATH_CHARACTERS + " \t/?#";

    private static final String[] METHODS = {
        "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH", "PROPFIND", "BREW", "QUERY"
    };
    private static final String[] SEGMENTS = {
        "parcels",
        "forward",
        "p1",
        "a%2Fb",
        "%E2%82%AC",
        "%ZZ",
        "%E0%A4%A",
        "%",
        "a;jsessionid=1",
        "x%00y",
        "%C4%80",
        "caf%C3%A9",
        "%FF",
        "a+b",
        "%20",
        "%u0041",
        "~",
        "%25",
        "%3B"
    };
    private static final String[] CONTENT_TYPES = {
        "application/json",
        "application/json; charset=\"",
        "application/json; charset=nonsense",
        "application/json; charset=\"utf-8\"",
        "application/x-www-form-urlencoded",
        "application/x-www-form-urlencoded; charset=latin1",
        "multipart/form-data; boundary=XyZ",
        "multipart/form-data; boundary=",
        "multipart/form-data; boundary=\"a;b\"",
        "multipart/form-data",
        "text/plain; charset=utf-16",
        "text/plain;;;charset"
    };

    /** The deployed WAR's URL. */
    protected abstract URL base();

    @Test
    void hostileRequestsGetNo5xxNoInternalsAndNoControlBytesInHeaders() throws IOException {
        Random random = new Random(SEED);
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            byte[] request = request(random);
            byte[] answer = send(request);
            String head = head(answer);
            String status = head.isEmpty() ? "closed" : head.substring(9, Math.min(12, head.length()));
            statuses.merge(status, 1, Integer::sum);
            String problem = problem(request, answer, head, status);
            if (problem != null && violations.size() < 20) {
                violations.add(problem + " for "
                        + new String(request, 0, Math.min(request.length, 300), StandardCharsets.ISO_8859_1)
                                .replace("\r\n", "\\r\\n"));
            }
        }
        System.out.println("fuzz: " + REQUESTS + " requests (seed " + SEED + ") to " + base() + ": statuses " + statuses
                + ", violations " + violations.size());
        assertThat(violations).as("answers that broke the rules").isEmpty();
    }

    /** What is wrong with the answer to a request, or {@code null}. */
    protected String problem(byte[] request, byte[] answer, String head, String status) {
        if (status.startsWith("5")) {
            return "status " + status;
        }
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n') {
                return "control byte 0x" + Integer.toHexString(c) + " in a header";
            }
        }
        String body =
                new String(answer, StandardCharsets.ISO_8859_1).substring(Math.min(answer.length, head.length() + 2));
        if (LEAK.matcher(body).find()) {
            return "internals in the body " + body.substring(0, Math.min(body.length(), 200));
        }
        return null;
    }

    private byte[] request(Random random) {
        String method = METHODS[random.nextInt(METHODS.length)];
        StringBuilder path = new StringBuilder(base().getPath().replaceAll("/$", ""));
        boolean forward = random.nextInt(4) == 0;
        path.append(forward ? "/forward" : "/parcels");
        int segments = forward ? 1 + random.nextInt(3) : 1;
        for (int i = 0; i < segments; i++) {
            path.append('/').append(SEGMENTS[random.nextInt(SEGMENTS.length)]);
            if (random.nextInt(5) == 0) {
                path.append(randomText(random, 6, PATH_CHARACTERS));
            }
        }
        if (random.nextBoolean()) {
            path.append('?').append(query(random));
        }
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base().getHost() + ":"
                + base().getPort() + "\r\nConnection: close\r\n");
        if (random.nextInt(3) == 0) {
            head.append("Cookie: ").append(cookie(random)).append("\r\n");
        }
        if (random.nextInt(4) == 0) {
            head.append("X-Note: ")
                    .append(randomText(random, 20, TEXT_CHARACTERS))
                    .append("\r\n");
        }
        byte[] body = new byte[0];
        if (method.equals("POST") || method.equals("PUT") || method.equals("DELETE") || random.nextInt(8) == 0) {
            head.append("Content-Type: ")
                    .append(CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)])
                    .append("\r\n");
            body = body(random);
            if (random.nextInt(6) == 0) {
                head.append("Transfer-Encoding: chunked\r\n");
                body = chunked(random, body);
            } else {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static String query(Random random) {
        String[] parts = {
            "a=1",
            "path=%ZZ",
            "path=/parcels/%E0%A4%A",
            "path=parcels",
            "q=%",
            "x",
            "=",
            "&&",
            "b=%C4%80",
            "c=" + randomText(random, 8, PATH_CHARACTERS),
            "path=/forward/a%2Fb"
        };
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            query.append(i > 0 ? "&" : "").append(parts[random.nextInt(parts.length)]);
        }
        return query.toString();
    }

    private static String cookie(Random random) {
        String[] parts = {
            "a=1",
            "token=a=b",
            ";;",
            "garbage",
            "x=%ZZ",
            "y=%C4%80",
            "=v",
            "z=\"q\"",
            "w=" + randomText(random, 5, TEXT_CHARACTERS)
        };
        StringBuilder cookie = new StringBuilder();
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            cookie.append(i > 0 ? "; " : "").append(parts[random.nextInt(parts.length)]);
        }
        return cookie.toString();
    }

    private static byte[] body(Random random) {
        String[] bodies = {
            "{\"a\":1,\"b\":[true,null]}",
            "{",
            "null",
            "[]",
            "{\"a\":\"\\ud800\"}",
            "a=1&b=%ZZ&c",
            "a=" + "x".repeat(500),
            "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ--",
            "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n\r\nabc\r\n--XyZ",
            "--XyZ\r\nContent-Disposition: form-data\r\n\r\n1\r\n--XyZ--",
            "--XyZ\r\n\r\n",
            "",
            "\u0000\u0001\u00ff"
        };
        String body = bodies[random.nextInt(bodies.length)];
        if (random.nextInt(5) == 0) {
            body += randomText(random, 40, TEXT_CHARACTERS);
        }
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] chunked(Random random, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextBoolean()) {
            out.writeBytes((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(body);
            out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } else {
            out.writeBytes(("zz\r\n" + randomText(random, 5, TEXT_CHARACTERS) + "\r\n0\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    /** Text of a character set, never CR or LF (a header stays one line). */
    private static String randomText(Random random, int length, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private byte[] send(byte[] request) throws IOException {
        try (Socket socket = new Socket(base().getHost(), base().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) > 0 && answer.size() < 1_000_000) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | SocketException e) {
                // the answer so far
            }
            return answer.toByteArray();
        }
    }

    /** The status line and headers, without the blank line. */
    private static String head(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        return (end < 0 ? text : text.substring(0, end)).replace("\r\n", "\n");
    }
}
