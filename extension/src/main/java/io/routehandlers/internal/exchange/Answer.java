package io.routehandlers.internal.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An answer to write: status, headers in order, and a body. Every kind of handler result, cached entry and error
 * becomes one, so that one writer per adapter ({@link Exchange#send}) puts every answer on the wire.
 *
 * @param status the HTTP status
 * @param headers name and value pairs, in order; a name may repeat
 * @param body what follows the headers
 * @param own whether the extension wrote it without a body of the application's ({@code 405}, a
 *     {@code notFound()}), so that problem details may describe it (S-15.5)
 */
public record Answer(int status, List<Map.Entry<String, String>> headers, Body body, boolean own) {

    public Answer {
        headers = List.copyOf(headers);
    }

    /** An answer of the application's: a handler's result, a cached entry. */
    public Answer(int status, List<Map.Entry<String, String>> headers, Body body) {
        this(status, headers, body, false);
    }

    /** An answer of the extension's own with no headers and an empty body, such as {@code 405} or {@code 204}. */
    public static Answer empty(int status) {
        return new Answer(status, List.of(), Body.EMPTY, true);
    }

    /**
     * An answer of the extension's own that says why in a line of text ({@code text/plain}), such as a {@code 400}
     * for an API version the application does not support; as problem details, the text is the {@code detail}.
     */
    public static Answer explained(int status, String detail) {
        return new Answer(
                status,
                List.of(Map.entry("Content-Type", "text/plain;charset=UTF-8")),
                new Body.Bytes(detail.getBytes(StandardCharsets.UTF_8)),
                true);
    }

    /** This answer with one more header. */
    public Answer header(String name, String value) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers.size() + 1);
        copy.addAll(headers);
        copy.add(Map.entry(name, value));
        return new Answer(status, copy, body, own);
    }

    /** This answer with more headers, added after its own. */
    public Answer headers(List<Map.Entry<String, String>> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
        copy.addAll(more);
        return new Answer(status, copy, body, own);
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return Optional.of(header.getValue());
            }
        }
        return Optional.empty();
    }

    /** The answer to a {@code HEAD} request: the same status and headers, the body's length and no body. */
    public Answer withoutBody() {
        body.lasting().ifPresent(Lasting::discard);
        if (body instanceof Body.Stream stream) {
            try {
                stream.in().close();
            } catch (IOException e) {
                // nothing was read: nothing to report
            }
        }
        return new Answer(status, headers, new Body.Omitted(body.length()), own);
    }

    /** The body of an answer. */
    public sealed interface Body {

        /** No body: {@code Content-Length: 0}. */
        Body EMPTY = new Bytes(new byte[0]);

        /** The body's length, when known before it is written. */
        OptionalLong length();

        /** What lasts after the answer was sent (a stream, a socket), holding the request's call until it ended. */
        default Optional<Lasting> lasting() {
            return Optional.empty();
        }

        /** A body held in memory. */
        record Bytes(byte[] bytes) implements Body {
            @Override
            public OptionalLong length() {
                return OptionalLong.of(bytes.length);
            }
        }

        /** A body read from a stream while it is written, closed afterwards; its length is unknown. */
        record Stream(InputStream in) implements Body {
            @Override
            public OptionalLong length() {
                return OptionalLong.empty();
            }
        }

        /** A body written by code, such as a Jakarta REST {@code StreamingOutput}; its length is unknown. */
        record Output(Writer writer) implements Body {
            @Override
            public OptionalLong length() {
                return OptionalLong.empty();
            }
        }

        /**
         * A body produced while it is sent (S-11): a stream or Server-Sent Events, written and flushed piece by piece
         * on the async request, never buffered whole, never cached; its length is unknown.
         */
        record Live(LiveSource source) implements Body {
            @Override
            public OptionalLong length() {
                return OptionalLong.empty();
            }

            @Override
            public Optional<Lasting> lasting() {
                return Optional.of(source);
            }
        }

        /**
         * The upgrade of the request to a WebSocket (S-17): a {@code 101} answer that the adapter completes with the
         * server's WebSocket container, its headers sent with the handshake's.
         */
        record Upgrade(SocketSource source) implements Body {
            @Override
            public OptionalLong length() {
                return OptionalLong.empty();
            }

            @Override
            public Optional<Lasting> lasting() {
                return Optional.of(source);
            }
        }

        /** The body of the {@code GET} answer that a {@code HEAD} answer leaves out, with its length if known. */
        record Omitted(OptionalLong length) implements Body {}

        /** Writes a body to the response's stream. */
        @FunctionalInterface
        interface Writer {
            void writeTo(OutputStream out) throws IOException;
        }
    }
}
