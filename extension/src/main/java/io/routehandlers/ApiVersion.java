package io.routehandlers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API version a handler answers (S-18.2). A route may have several handlers of one method, one per version; the
 * request's version comes from a header, a query parameter or a media-type parameter of {@code Accept}, as the
 * application configures ({@code routehandlers.versions.from}).
 *
 * <pre>
 * &#64;Route("/orders")
 * public class Orders {
 *     &#64;GET &#64;ApiVersion("1") public List&lt;OrderV1&gt; v1() { ... }
 *     &#64;GET &#64;ApiVersion("2+") public List&lt;Order&gt; since2() { ... }
 * }
 * </pre>
 *
 * <p>A version is one to three numbers joined with dots ({@code 1}, {@code 1.1}, {@code 2.0.3}; a missing part is
 * {@code 0}, so {@code 1} and {@code 1.0} are the same version). {@code "2"} answers version 2 only; {@code "2+"}
 * answers 2 and every later version that no handler of the method names exactly (the highest such baseline wins). A
 * handler without {@code @ApiVersion} on a versioned method answers the versions no other handler does. Two handlers
 * of one method for the same version fail deployment (RH-021); a malformed version fails it too (RH-062).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ApiVersion {

    /**
     * The version, such as {@code "2"} or {@code "1.1"}, or a baseline such as {@code "2+"}.
     *
     * @return the version
     */
    String value();
}
