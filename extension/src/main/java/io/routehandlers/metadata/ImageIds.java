package io.routehandlers.metadata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serves several images from one image route (S-9.5), Next.js's {@code generateImageMetadata}. The method takes no
 * parameters and returns the ids, a {@code Collection<String>}; the {@code GET} handler takes
 * {@code @Param("id") String id} and returns the image of one id.
 *
 * <pre>
 * &#64;Route("/icon.png")
 * public class Icons {
 *     &#64;ImageIds
 *     public List&lt;String&gt; ids() {
 *         return List.of("small", "large");        // /icon/small.png, /icon/large.png
 *     }
 *
 *     &#64;GET
 *     public RenderedImage get(&#64;Param("id") String id) { ... }
 * }
 * </pre>
 *
 * <p>An id not returned, or a URL without the route's extension, is {@code 404}; the route's own URL is not served.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ImageIds {}
