package io.routehandlers.internal.cache;

import io.routehandlers.internal.config.RouteSettings;
import io.routehandlers.spi.CachedResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a cache entry straight to the servlet response, with the headers of S-8.8: {@code X-Route-Cache},
 * {@code Cache-Control} (unless the handler set one), the strong {@code ETag}, and {@code 304 Not Modified}
 * for a matching {@code If-None-Match}.
 */
final class CacheWriter {

    /** The header that tells how the cache answered: {@code HIT}, {@code MISS}, {@code STALE}, {@code REVALIDATED}. */
    static final String X_ROUTE_CACHE = "X-Route-Cache";

    private CacheWriter() {}

    static void write(
            CachedResponse entry,
            String label,
            RouteSettings settings,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        boolean success = entry.status() >= 200 && entry.status() < 300;
        boolean notModified = success && CachedAnswers.matches(request.getHeader("If-None-Match"), entry.etag());
        response.setStatus(notModified ? HttpServletResponse.SC_NOT_MODIFIED : entry.status());
        boolean ownCacheControl = false;
        for (Map.Entry<String, String> header : entry.headers()) {
            ownCacheControl |= header.getKey().equalsIgnoreCase("Cache-Control");
            if (!notModified || !header.getKey().equalsIgnoreCase("Content-Type")) {
                response.addHeader(header.getKey(), header.getValue());
            }
        }
        response.setHeader(X_ROUTE_CACHE, label);
        if (!ownCacheControl) {
            response.setHeader("Cache-Control", settings.cacheControl());
        }
        if (success) {
            response.setHeader("ETag", entry.etag());
        }
        if (notModified) {
            return;
        }
        byte[] body = entry.body();
        response.setContentLength(body.length);
        if (!request.getMethod().equals("HEAD") && body.length > 0) {
            response.getOutputStream().write(body);
        }
    }
}
