package io.routehandlers.internal.exchange;

/**
 * The producer of a streamed answer's body (S-11): started by the adapter once the answer's head is set, told of a
 * client that went away, and done when its body or publisher has finished.
 */
public interface LiveSource extends Lasting {

    /** Starts producing into the output, and returns: the body runs on its own, the output ends when it is done. */
    void start(StreamOutput output);

    /** The client went away or the connection failed. */
    void disconnected(Throwable cause);
}
