package io.routehandlers.internal.dispatch;

import io.routehandlers.internal.http.MediaTypes;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a Jakarta REST {@link Response} straight to the servlet response when its entity needs no
 * {@code MessageBodyWriter}: none, {@code byte[]}, {@code String} or {@code InputStream}. Other entities
 * are left to the Jakarta REST application.
 */
final class ServletResponseWriter {

    private ServletResponseWriter() {}

    /** Whether {@link #write} can write this response. */
    static boolean canWrite(Response answer) {
        Object entity = answer.getEntity();
        return entity == null || entity instanceof byte[] || entity instanceof String || entity instanceof InputStream;
    }

    /** Writes status, headers and (unless {@code head}) the entity. */
    static void write(Response answer, HttpServletResponse response, boolean head) throws IOException {
        response.setStatus(answer.getStatus());
        for (Map.Entry<String, List<String>> header : answer.getStringHeaders().entrySet()) {
            for (String value : header.getValue()) {
                response.addHeader(header.getKey(), value);
            }
        }
        Object entity = answer.getEntity();
        if (entity == null) {
            response.setContentLength(0);
            return;
        }
        if (entity instanceof InputStream stream) {
            try (stream) {
                if (!head) {
                    stream.transferTo(response.getOutputStream());
                }
            }
            return;
        }
        byte[] bytes =
                entity instanceof byte[] b ? b : ((String) entity).getBytes(MediaTypes.charset(answer.getMediaType()));
        response.setContentLength(bytes.length);
        if (!head) {
            OutputStream out = response.getOutputStream();
            out.write(bytes);
        }
    }
}
