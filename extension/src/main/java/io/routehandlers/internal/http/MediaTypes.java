package io.routehandlers.internal.http;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The charset of a media type, UTF-8 when it names none or an unknown one. */
public final class MediaTypes {

    private MediaTypes() {}

    /** The charset to encode a {@code String} entity of this media type with. */
    public static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
