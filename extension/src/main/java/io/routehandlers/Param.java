package io.routehandlers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a dynamic segment of the route's path.
 *
 * <pre>
 * &#64;Route("/shop/[category]/[...rest]")
 * public class Shop {
 *     &#64;GET
 *     public String get(&#64;Param("category") String category, &#64;Param("rest") List&lt;String&gt; rest) { ... }
 * }
 * </pre>
 *
 * A {@code [x]} segment binds to {@code String}; a {@code [...x]} or {@code [[...x]]} segment binds
 * to {@code List<String>} (empty when an optional catch-all is absent). Values are percent-decoded
 * once. A name that is not a param of the path, or the wrong Java type, fails deployment.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {

    /**
     * The param's name, as written between the brackets of the path.
     *
     * @return the param name
     */
    String value();
}
