package io.routehandlers.metadata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Splits a sitemap route into several sitemaps and an index (S-9.2), Next.js's {@code generateSitemaps}. The method
 * takes no parameters and returns the ids, a {@code Collection<String>}; the {@code GET} handler takes
 * {@code @Param("id") String id} and answers the sitemap of one id.
 *
 * <pre>
 * &#64;Route("/products/sitemap.xml")
 * public class ProductSitemaps {
 *     &#64;SitemapIds
 *     public List&lt;String&gt; ids() {
 *         return List.of("0", "1");               // /products/sitemap/0.xml, /products/sitemap/1.xml
 *     }
 *
 *     &#64;GET
 *     public Sitemap get(&#64;Param("id") String id) { ... }
 * }
 * </pre>
 *
 * <p>The route's own URL serves the sitemap index, whose absolute {@code <loc>}s start with
 * {@code routehandlers.metadata.base-url}; an id not returned, or a child URL without {@code .xml}, is {@code 404}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface SitemapIds {}
