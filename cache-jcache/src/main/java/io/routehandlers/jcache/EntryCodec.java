package io.routehandlers.jcache;

import io.routehandlers.spi.CacheLife;
import io.routehandlers.spi.CachedResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cached answer as the bytes the provider stores. Every JCache provider stores a {@code byte[]} cheaply and ships it
 * between servers as it is, where Java serialization of the record would cost a reflective object stream per read on
 * every server (the read path of every cached request). The first byte is the format's version: a server of another
 * version that reads an entry it does not know treats it as a miss.
 */
final class EntryCodec {

    /**
     * 3: with the entry's own life (S-8.13), written only for entries that have one, so that servers of the previous
     * version and this one share every other answer during a rolling upgrade; 2 added the build that rendered the
     * answer (S-12.2), and is still written for an entry whose life is {@link CacheLife#FOREVER}.
     */
    private static final byte VERSION = 3;

    private static final byte WITHOUT_LIFE = 2;

    private EntryCodec() {}

    static byte[] encode(CachedResponse entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entry.body().length + 256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            boolean ownLife = !entry.life().equals(CacheLife.FOREVER);
            out.writeByte(ownLife ? VERSION : WITHOUT_LIFE);
            out.writeShort(entry.status());
            out.writeInt(entry.headers().size());
            for (Map.Entry<String, String> header : entry.headers()) {
                text(out, header.getKey());
                text(out, header.getValue());
            }
            out.writeInt(entry.body().length);
            out.write(entry.body());
            text(out, entry.etag());
            text(out, entry.route());
            out.writeInt(entry.tags().size());
            for (String tag : entry.tags()) {
                text(out, tag);
            }
            out.writeLong(entry.generated().getEpochSecond());
            out.writeInt(entry.generated().getNano());
            out.writeBoolean(entry.revalidated());
            out.writeBoolean(entry.listed());
            text(out, entry.build());
            if (ownLife) {
                duration(out, entry.life().stale());
                duration(out, entry.life().revalidate());
                duration(out, entry.life().expire());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * The entry the bytes hold.
     *
     * @return the entry, or {@code null} when they are of another format version
     */
    static CachedResponse decode(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            byte version = in.readByte();
            if (version != VERSION && version != WITHOUT_LIFE) {
                return null;
            }
            int status = in.readUnsignedShort();
            int headerCount = in.readInt();
            List<Map.Entry<String, String>> headers = new ArrayList<>(headerCount);
            for (int i = 0; i < headerCount; i++) {
                headers.add(Map.entry(text(in), text(in)));
            }
            byte[] body = new byte[in.readInt()];
            in.readFully(body);
            String etag = text(in);
            String route = text(in);
            int tagCount = in.readInt();
            List<String> tags = new ArrayList<>(tagCount);
            for (int i = 0; i < tagCount; i++) {
                tags.add(text(in));
            }
            Instant generated = Instant.ofEpochSecond(in.readLong(), in.readInt());
            boolean revalidated = in.readBoolean();
            boolean listed = in.readBoolean();
            String build = text(in);
            CacheLife life =
                    version == VERSION ? new CacheLife(duration(in), duration(in), duration(in)) : CacheLife.FOREVER;
            return new CachedResponse(
                    status, headers, body, etag, route, tags, generated, revalidated, listed, build, life);
        } catch (IOException e) {
            throw new IllegalStateException("A cached answer in the store is truncated", e);
        }
    }

    private static void duration(DataOutputStream out, Duration duration) throws IOException {
        out.writeLong(duration.getSeconds());
        out.writeInt(duration.getNano());
    }

    private static Duration duration(DataInputStream in) throws IOException {
        return Duration.ofSeconds(in.readLong(), in.readInt());
    }

    /** UTF-8 with an int length: {@code writeUTF} stops at 64 KiB, which a header value may exceed. */
    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String text(DataInputStream in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
