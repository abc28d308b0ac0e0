package io.routehandlers.internal.http;

import io.routehandlers.BodyTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body that throws {@link BodyTooLargeException} as soon as more than its limit is read (S-4.4). */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long read;

    /** A view of {@code in} that allows at most {@code limit} bytes. */
    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > limit) {
            throw new BodyTooLargeException(limit, "body");
        }
    }
}
