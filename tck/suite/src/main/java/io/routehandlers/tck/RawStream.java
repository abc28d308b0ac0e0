package io.routehandlers.tck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A streamed answer read over a plain socket, byte by byte as it arrives: no client library that could buffer
 * it (S-11). It decodes {@code Transfer-Encoding: chunked}, or reads to the end of the connection without it, and
 * notes when each part of the body arrived.
 */
public final class RawStream implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final String statusLine;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final boolean chunked;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private long chunkLeft;
    private boolean ended;

    private RawStream(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.statusLine = line();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.merge(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim(),
                    (a, b) -> a + ", " + b);
        }
        this.chunked = header("Transfer-Encoding")
                .filter(v -> v.equalsIgnoreCase("chunked"))
                .isPresent();
    }

    /**
     * Sends {@code GET} with the given headers ({@code name, value, ...}) and reads the answer's head.
     *
     * @param base the deployment's URL
     * @param path the path below the context root
     */
    public static RawStream get(URL base, String path, String... headers) {
        try {
            Socket socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET " + base.getPath().replaceAll("/$", "") + path
                    + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new RawStream(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status code. */
    public int status() {
        return Integer.parseInt(statusLine.split(" ")[1]);
    }

    /** A header of the answer, its values joined by {@code , }. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** What arrived of the body so far, as UTF-8. */
    public String text() {
        return body.toString(StandardCharsets.UTF_8);
    }

    /**
     * Reads until the body so far contains {@code expected}.
     *
     * @return when it arrived, in {@link System#nanoTime()}
     * @throws AssertionError when it did not arrive within {@code limit}, or the body ended without it
     */
    public long awaitText(String expected, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!text().contains(expected)) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || ended) {
                throw new AssertionError("Expected '" + expected.replace("\n", "\\n") + "' within " + limit
                        + (ended ? " before the body ended" : "") + "; received: '" + text().replace("\n", "\\n")
                        + "'");
            }
            readSome((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
        }
        return System.nanoTime();
    }

    /** Reads the rest of the body, for at most {@code limit}; returns all of it. */
    public String readToEnd(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(
                        "The body did not end within " + limit + "; received: '" + text().replace("\n", "\\n") + "'");
            }
            readSome((int) Math.max(1, left / 1_000_000));
        }
        return text();
    }

    /** Reads what is there, waiting up to {@code millis} for the first byte. */
    private void readSome(int millis) {
        try {
            socket.setSoTimeout(millis);
            if (!chunked) {
                int c = in.read();
                if (c < 0) {
                    ended = true;
                } else {
                    body.write(c);
                }
                return;
            }
            int c = in.read(); // the only read that waits for the server; the rest of a chunk follows at once
            if (c < 0) {
                ended = true; // the connection closed: the answer was cut short
                return;
            }
            socket.setSoTimeout(10_000);
            if (chunkLeft == 0) {
                String size = (char) c + line();
                int semicolon = size.indexOf(';');
                chunkLeft = Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
                if (chunkLeft == 0) {
                    ended = true;
                    return;
                }
                c = in.read();
            }
            if (c < 0) {
                ended = true;
                return;
            }
            body.write(c);
            if (--chunkLeft == 0) {
                line(); // the CRLF after the chunk's data
            }
        } catch (SocketTimeoutException e) {
            // nothing arrived yet
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /** Closes the connection, as a client that goes away. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
