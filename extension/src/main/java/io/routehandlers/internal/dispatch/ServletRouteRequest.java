package io.routehandlers.internal.dispatch;

import io.routehandlers.FormData;
import io.routehandlers.HeaderStore;
import io.routehandlers.RequestCookies;
import io.routehandlers.RouteRequest;
import io.routehandlers.SearchParams;
import io.routehandlers.internal.cookies.CookieHeader;
import io.routehandlers.internal.cookies.ReceivedCookies;
import io.routehandlers.internal.http.Multipart;
import io.routehandlers.internal.http.Parameters;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.http.RequestGuard;
import io.routehandlers.internal.http.ServletHeaderStore;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@link RouteRequest} over a servlet request the filter matched, or over no request at all for a render at
 * startup or in the background. Reads of request data (search params, headers, cookies, body) go through the
 * render's {@link RequestGuard}: a guarded render of a cached route sees none, or fails, or is recorded.
 */
final class ServletRouteRequest implements RouteRequest {

    private static final byte[] NO_BYTES = new byte[0];

    private final HttpServletRequest request;
    private final RouteExchange exchange;
    private final Jsonb jsonb;
    private final RequestGuard guard;
    private HeaderStore headers;
    private RequestCookies cookies;
    private SearchParams searchParams;
    private byte[] bytes;

    /**
     * @param request the client's request, or {@code null} for a render without one (a {@code GET})
     * @param exchange the matched route and request line
     * @param jsonb for {@link #json}
     * @param guard what reads of request data do
     */
    ServletRouteRequest(HttpServletRequest request, RouteExchange exchange, Jsonb jsonb, RequestGuard guard) {
        this.request = request;
        this.exchange = exchange;
        this.jsonb = jsonb;
        this.guard = guard;
    }

    @Override
    public String method() {
        return request == null ? "GET" : request.getMethod();
    }

    @Override
    public URI url() {
        if (request == null || guard.policy() != RequestGuard.Policy.LIVE) {
            // The URL of a shared render: no client's host, and the query only where search params may be read.
            String query = exchange.queryString() != null && guard.read("searchParams") && request != null
                    ? "?" + exchange.queryString()
                    : "";
            return uri("http://localhost" + exchange.requestUri() + query);
        }
        StringBuilder url =
                new StringBuilder().append(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort = (port == 80 && request.getScheme().equals("http"))
                || (port == 443 && request.getScheme().equals("https"));
        if (!defaultPort) {
            url.append(':').append(port);
        }
        url.append(exchange.requestUri());
        if (exchange.queryString() != null) {
            url.append('?').append(exchange.queryString());
        }
        return uri(url.toString());
    }

    private static URI uri(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Malformed request URL", e);
        }
    }

    @Override
    public String pathname() {
        return exchange.pathname();
    }

    @Override
    public SearchParams searchParams() {
        if (!guard.read("searchParams") || request == null) {
            return Parameters.empty();
        }
        if (searchParams == null) {
            try {
                searchParams = Parameters.parseUrlEncoded(exchange.queryString());
            } catch (PercentDecoding.MalformedEscapeException e) {
                throw new BadRequestException("Malformed query string");
            }
        }
        return searchParams;
    }

    @Override
    public HeaderStore headers() {
        if (headers == null) {
            headers = guard == RequestGuard.LIVE
                    ? new ServletHeaderStore(request)
                    : new ServletHeaderStore(() -> guard.read("headers()") ? request : null);
        }
        return headers;
    }

    @Override
    public RequestCookies cookies() {
        if (!guard.read("cookies()") || request == null) {
            return new ReceivedCookies(List.of());
        }
        if (cookies == null) {
            cookies = new ReceivedCookies(CookieHeader.parse(request.getHeaders("Cookie")));
        }
        return cookies;
    }

    @Override
    public String text() {
        return new String(bytes(), charset());
    }

    @Override
    public byte[] bytes() {
        if (!guard.read("the request body") || request == null) {
            return NO_BYTES;
        }
        if (bytes == null) {
            try (InputStream in = request.getInputStream()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the request body", e);
            }
        }
        return bytes.clone();
    }

    @Override
    public InputStream body() {
        if (!guard.read("the request body") || request == null) {
            return new ByteArrayInputStream(NO_BYTES);
        }
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        try {
            return request.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request body", e);
        }
    }

    @Override
    public <T> T json(Class<T> type) {
        String text = text();
        if (text.isBlank()) {
            throw new BadRequestException("Empty JSON body");
        }
        try {
            T value = jsonb.fromJson(text, type);
            if (value == null) {
                throw new BadRequestException("JSON body is null");
            }
            return value;
        } catch (JsonbException e) {
            throw new BadRequestException("Malformed JSON body", e);
        }
    }

    @Override
    public FormData formData() {
        if (!guard.read("the request body") || request == null) {
            throw new BadRequestException("Not a form body: a cached render has no request body");
        }
        String contentType = request.getContentType();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        try {
            if (type.startsWith("application/x-www-form-urlencoded")) {
                return Parameters.parseUrlEncoded(text());
            }
            if (type.startsWith("multipart/form-data")) {
                return Multipart.parse(bytes(), contentType, charset());
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Malformed form body", e);
        }
        throw new BadRequestException("Not a form body: Content-Type " + contentType);
    }

    /** Whether the body is an urlencoded or multipart form, after which a redirect becomes a 303. */
    boolean hasFormBody() {
        String type = request == null ? null : request.getContentType();
        if (type == null) {
            return false;
        }
        type = type.toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    private Charset charset() {
        String name = request == null ? null : request.getCharacterEncoding();
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unsupported charset " + name);
        }
    }
}
