package io.routehandlers.testing;

import io.routehandlers.internal.direct.DirectRequest;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A request to build, then {@link #send()}: headers, cookies, query parameters, a body (text, JSON, form or
 * multipart) and the caller.
 *
 * <pre>
 * TestResponse response = tester.request("POST", "/items")
 *         .header("Accept-Language", "fr")
 *         .cookie("session", "ada")
 *         .json(new Item("lamp", "Desk lamp", 3900))
 *         .send();
 * </pre>
 *
 * <p>The path is sent as a client sends it: escape what needs escaping ({@code /items/a%20b}).
 */
public final class TestRequest {

    private final RouteTester tester;
    private final String method;
    private final String path;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final StringBuilder query = new StringBuilder();
    private final List<Map.Entry<String, Object>> formFields = new ArrayList<>();
    private byte[] body = new byte[0];
    private String contentType;
    private boolean multipart;
    private Principal user;
    private Set<String> roles = Set.of();
    private String remoteAddress = "127.0.0.1";

    TestRequest(RouteTester tester, String method, String path) {
        this.tester = tester;
        this.method = method;
        int question = path.indexOf('?');
        this.path = question < 0 ? path : path.substring(0, question);
        if (question >= 0) {
            query.append(path.substring(question + 1));
        }
    }

    /**
     * Adds a header; call again with the same name for several values.
     *
     * @param name the name
     * @param value the value
     * @return this request
     */
    public TestRequest header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    /**
     * Sends a cookie, beside those of the tester's cookie jar.
     *
     * @param name the name
     * @param value the value, sent as given
     * @return this request
     */
    public TestRequest cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    /**
     * Adds a query parameter, encoded as a form component.
     *
     * @param name the name
     * @param value the value
     * @return this request
     */
    public TestRequest query(String name, String value) {
        query.append(query.length() > 0 ? "&" : "")
                .append(encode(name))
                .append('=')
                .append(encode(value));
        return this;
    }

    /**
     * A text body, {@code text/plain; charset=UTF-8}.
     *
     * @param text the body
     * @return this request
     */
    public TestRequest text(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    }

    /**
     * A body of the given media type.
     *
     * @param bytes the body
     * @param mediaType its {@code Content-Type}, or {@code null} to send none
     * @return this request
     */
    public TestRequest body(byte[] bytes, String mediaType) {
        this.body = bytes.clone();
        this.contentType = mediaType;
        return this;
    }

    /**
     * A JSON body written through JSON-B, {@code application/json}.
     *
     * @param value the value to write
     * @return this request
     */
    public TestRequest json(Object value) {
        return body(tester.toJson(value).getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /**
     * Adds a form field; the body is {@code application/x-www-form-urlencoded} unless a file is added.
     *
     * @param name the field name
     * @param value the value
     * @return this request
     */
    public TestRequest form(String name, String value) {
        formFields.add(Map.entry(name, value));
        return this;
    }

    /**
     * Adds a file part; the body becomes {@code multipart/form-data}.
     *
     * @param name the field name
     * @param fileName the file name
     * @param mediaType the part's media type
     * @param content the file's bytes
     * @return this request
     */
    public TestRequest file(String name, String fileName, String mediaType, byte[] content) {
        formFields.add(Map.entry(name, new Upload(fileName, mediaType, content.clone())));
        multipart = true;
        return this;
    }

    /**
     * Sends the request as an authenticated caller, as the server's authentication mechanism would have it.
     * Without it a request has no caller, and a route protected by {@code @RolesAllowed} answers {@code 401}.
     *
     * @param name the caller's name
     * @param callerRoles the roles the caller is in
     * @return this request
     */
    public TestRequest user(String name, String... callerRoles) {
        this.user = () -> name;
        this.roles = Set.of(callerRoles);
        return this;
    }

    /**
     * Sends the request from another address than {@code 127.0.0.1}: the address of the connection's peer, a client
     * or a proxy (S-16.1). The client's address the routes see, and rate limits count by, follows from it and the
     * application's {@code routehandlers.trusted-proxies}.
     *
     * @param address an IPv4 or IPv6 address, such as {@code 203.0.113.7}
     * @return this request
     */
    public TestRequest from(String address) {
        this.remoteAddress = address;
        return this;
    }

    /**
     * Sends the request through the route pipeline and waits for the answer (up to the route's async timeout).
     *
     * @return the answer
     */
    public TestResponse send() {
        return tester.send(request());
    }

    /**
     * Sends the request as a WebSocket upgrade (S-17): a {@code GET} with the handshake's headers, unless the test set
     * them itself (to test a bad handshake).
     *
     * @return the socket; a refused upgrade gives one that is not open, with the refusal's status and answer
     */
    public TestSocket socket() {
        if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Upgrade"))) {
            byte[] key = new byte[16];
            new java.security.SecureRandom().nextBytes(key);
            headers.add(Map.entry("Upgrade", "websocket"));
            headers.add(Map.entry("Connection", "Upgrade"));
            headers.add(
                    Map.entry("Sec-WebSocket-Key", java.util.Base64.getEncoder().encodeToString(key)));
            headers.add(Map.entry("Sec-WebSocket-Version", "13"));
        }
        if (headers.stream().noneMatch(h -> h.getKey().equalsIgnoreCase("Origin"))) {
            headers.add(Map.entry("Origin", "http://localhost")); // a page of the tester's own origin, as a browser
        }
        return tester.socket(request());
    }

    private DirectRequest request() {
        List<Map.Entry<String, String>> all = new ArrayList<>(headers);
        if (!formFields.isEmpty()) {
            formBody();
        }
        if (contentType != null) {
            all.add(Map.entry("Content-Type", contentType));
        }
        if (body.length > 0) {
            all.add(Map.entry("Content-Length", Integer.toString(body.length)));
        }
        Map<String, String> sent = new LinkedHashMap<>(tester.jarCookies());
        sent.putAll(cookies);
        if (!sent.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            sent.forEach((name, value) -> cookie.append(cookie.length() > 0 ? "; " : "")
                    .append(name)
                    .append('=')
                    .append(value));
            all.add(Map.entry("Cookie", cookie.toString()));
        }
        return new DirectRequest(
                method,
                path,
                query.length() == 0 ? Optional.empty() : Optional.of(query.toString()),
                all,
                body,
                Optional.ofNullable(user),
                roles,
                remoteAddress);
    }

    private void formBody() {
        if (!multipart) {
            StringBuilder form = new StringBuilder();
            for (Map.Entry<String, Object> field : formFields) {
                form.append(form.length() > 0 ? "&" : "")
                        .append(encode(field.getKey()))
                        .append('=')
                        .append(encode((String) field.getValue()));
            }
            body(form.toString().getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
            return;
        }
        String boundary = "routetester-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, Object> field : formFields) {
            String disposition =
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"";
            if (field.getValue() instanceof Upload upload) {
                out.writeBytes((disposition + "; filename=\"" + upload.fileName() + "\"\r\nContent-Type: "
                                + upload.mediaType() + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.writeBytes(upload.content());
            } else {
                out.writeBytes((disposition + "\r\n\r\n" + field.getValue()).getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        body(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A file part. */
    private record Upload(String fileName, String mediaType, byte[] content) {}
}
