package io.routehandlers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a {@link Route} class that lists the params to render at startup (Next.js
 * {@code generateStaticParams}). It takes no parameters and returns a {@code Collection} of
 * {@code Map<String, ?>}, one map per path: a {@code String} per {@code [x]} param, a {@code List<String>}
 * per catch-all. It may be static, or an instance method called on the route's bean.
 *
 * <pre>
 * &#64;Route("/products/[id]")
 * &#64;RouteConfig(dynamicParams = false)   // other ids answer 404
 * public class ProductRoute {
 *     &#64;StaticParams
 *     static List&lt;Map&lt;String, String&gt;&gt; ids() {
 *         return List.of(Map.of("id", "1"), Map.of("id", "2"));
 *     }
 *     ...
 * }
 * </pre>
 *
 * A class with such a method is cached ({@link RouteConfig}). A wrong signature, or a map whose keys are not
 * the route's params, fails deployment.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StaticParams {}
