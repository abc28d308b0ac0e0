package io.routehandlers.internal.dispatch;

import io.routehandlers.FormData;
import io.routehandlers.HeaderStore;
import io.routehandlers.RouteRequest;
import io.routehandlers.SearchParams;
import io.routehandlers.internal.http.Multipart;
import io.routehandlers.internal.http.Parameters;
import io.routehandlers.internal.http.PercentDecoding;
import io.routehandlers.internal.http.ServletHeaderStore;
import io.routehandlers.internal.cookies.CookieHeader;
import io.routehandlers.internal.cookies.ReceivedCookies;
import io.routehandlers.RequestCookies;
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
import java.util.Locale;

/** {@link RouteRequest} over a servlet request that the filter forwarded. */
final class ServletRouteRequest implements RouteRequest {

    private final HttpServletRequest request;
    private final RouteExchange exchange;
    private final Jsonb jsonb;
    private HeaderStore headers;
    private RequestCookies cookies;
    private SearchParams searchParams;
    private byte[] bytes;

    ServletRouteRequest(HttpServletRequest request, RouteExchange exchange, Jsonb jsonb) {
        this.request = request;
        this.exchange = exchange;
        this.jsonb = jsonb;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public URI url() {
        StringBuilder url = new StringBuilder().append(request.getScheme()).append("://")
                .append(request.getServerName());
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
        try {
            return URI.create(url.toString());
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
            headers = new ServletHeaderStore(request);
        }
        return headers;
    }

    @Override
    public RequestCookies cookies() {
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
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        type = type.toLowerCase(Locale.ROOT);
        return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
    }

    private Charset charset() {
        String name = request.getCharacterEncoding();
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
