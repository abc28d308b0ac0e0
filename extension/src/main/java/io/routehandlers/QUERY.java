package io.routehandlers;

import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route's handler of the HTTP {@code QUERY} method (RFC 10008): a safe, idempotent request whose body is
 * the query, for searches too large or too private for a URL. Jakarta REST has no designator for it; this one is an
 * {@link HttpMethod} like {@code jakarta.ws.rs.GET}.
 *
 * <pre>
 * &#64;Route("/items/search")
 * public class ItemSearch {
 *     &#64;QUERY
 *     &#64;Consumes("application/json")
 *     public List&lt;Item&gt; search(RouteRequest request) {
 *         return items.matching(request.json(Filter.class));
 *     }
 * }
 * </pre>
 *
 * <p>The route's {@code Allow} header lists {@code QUERY}, {@code OPTIONS} and CORS preflights name it, a request
 * without a {@code Content-Type} is {@code 400} and one of a type no handler declares in {@code @Consumes} is
 * {@code 415} with {@code Accept-Query} (S-18.3). On a cached route its answers are cached, keyed by the body and its
 * type (S-18.4).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@HttpMethod(QUERY.QUERY)
public @interface QUERY {

    /** The method's name. */
    String QUERY = "QUERY";
}
