package io.routehandlers.internal.metadata;

import io.routehandlers.metadata.Manifest;
import io.routehandlers.metadata.Robots;
import io.routehandlers.metadata.Sitemap;
import java.awt.image.RenderedImage;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What a metadata route serves, from its handler's return type (S-9): the type, not the URL, decides. An image is any
 * {@code RenderedImage}, such as a {@code BufferedImage}.
 */
public enum MetadataKind {
    SITEMAP(Sitemap.class, "application/xml"),
    ROBOTS(Robots.class, "text/plain"),
    MANIFEST(Manifest.class, "application/manifest+json"),
    IMAGE(RenderedImage.class, "image/png");

    /** Next.js's {@code Cache-Control} of metadata routes (S-9.6). */
    public static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

    private final Class<?> type;
    private final String contentType;

    MetadataKind(Class<?> type, String contentType) {
        this.type = type;
        this.contentType = contentType;
    }

    /** The metadata type. */
    public Class<?> type() {
        return type;
    }

    /** The {@code Content-Type} of the answer. */
    public String contentType() {
        return contentType;
    }

    /** The kind's name in the route table: {@code sitemap}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a handler's declared return type serves: a metadata type, or a {@code CompletionStage} of one. */
    public static Optional<MetadataKind> of(Type returnType) {
        Type type = returnType;
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw
                && CompletionStage.class.isAssignableFrom(raw)) {
            type = parameterized.getActualTypeArguments()[0];
        }
        for (MetadataKind kind : values()) {
            if (kind.type.equals(type)
                    || (type instanceof Class<?> c && kind == IMAGE && kind.type.isAssignableFrom(c))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kind of a handler's result, if it is a metadata value. */
    public static Optional<MetadataKind> ofValue(Object value) {
        for (MetadataKind kind : values()) {
            if (kind.type.isInstance(value)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
