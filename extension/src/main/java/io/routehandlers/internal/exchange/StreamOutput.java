package io.routehandlers.internal.exchange;

import java.io.IOException;

/**
 * Where a streamed answer's body goes, given by the adapter once the answer's status and headers were sent: the
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
     * Sends what was written.
     *
     * @throws IOException when the client went away
     */
    void flush() throws IOException;

    /** Ends the answer normally. Never throws. */
    void end();

    /**
     * Ends the answer where it is after a failure of its producer: its status was sent and cannot change. Never
     * throws.
     */
    void abort();
}
