package io.routehandlers.internal.http;

import java.io.IOException;

/**
 * Where a streamed answer's body goes, given by the adapter once the answer's status and headers are set: the
 * servlet response's stream on an async request, or the in-process adapter's buffer. One thread writes at a time.
 */
public interface StreamOutput {

    /**
     * Writes bytes; blocks while the client is slower than the writer.
     *
     * @throws IOException when the client went away
     */
    void write(byte[] bytes) throws IOException;

    /**
     * Sends what was written, the status and headers first if they were not sent yet.
     *
     * @throws IOException when the client went away
     */
    void flush() throws IOException;

    /** Ends the answer normally. Never throws. */
    void end();

    /**
     * Ends the answer after a failure of its producer. Never throws.
     *
     * @return {@code true} when nothing had been sent yet and the answer became an empty {@code 500}; {@code false}
     *     when the client had bytes already and the answer was cut short
     */
    boolean abort();
}
