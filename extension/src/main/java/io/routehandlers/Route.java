package io.routehandlers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a route handler: a class whose public {@code @GET}, {@code @POST}, {@code @PUT},
 * {@code @PATCH}, {@code @DELETE}, {@code @HEAD} and {@code @OPTIONS} methods answer HTTP requests
 * at a path written in Next.js App Router folder syntax.
 *
 * <pre>
 * &#64;Route("/items/[slug]")
 * public class ItemRoute {
 *     &#64;GET
 *     public Item get(RouteContext&lt;ItemParams&gt; ctx) { ... }         // JSON through JSON-B
 *
 *     &#64;POST
 *     public RouteResponse post(RouteRequest request, &#64;Param("slug") String slug) { ... }
 * }
 * record ItemParams(String slug) {}
 * </pre>
 *
 * <h2>Path syntax</h2>
 * Segments are joined with {@code /}; {@code @Route("/")} is the root.
 * <ul>
 * <li>{@code items}: a static segment (may contain dots: {@code sitemap.xml});</li>
 * <li>{@code [slug]}: one dynamic segment, a {@code String} param;</li>
 * <li>{@code [...slug]}: a catch-all of one or more segments, last only, a {@code List<String>} param;</li>
 * <li>{@code [[...slug]]}: an optional catch-all of zero or more segments, last only; it also answers the
 * parent path;</li>
 * <li>{@code (group)}: a route group, left out of the URL;</li>
 * <li>{@code _name}: private, not routable (a deployment error); write {@code %5Fname} for a literal
 * {@code _name}.</li>
 * </ul>
 * Precedence is structural: static beats {@code [x]} beats {@code [...x]} beats {@code [[...x]]},
 * segment by segment, with backtracking.
 *
 * <h2>Handler signatures</h2>
 * Parameters, any subset in any order: {@link RouteRequest}, {@link RouteContext}{@code <P>} ({@code P} is
 * {@link Params} or a record of the path's params), {@code @Param("x") String}, {@code @Param("rest") List<String>},
 * {@link HeaderStore} and {@link CookieStore}. Results: {@link RouteResponse}, {@code jakarta.ws.rs.core.Response},
 * {@code String}, {@code byte[]}, {@code InputStream}, any other object (JSON through JSON-B), or a
 * {@code CompletionStage} of one of these.
 *
 * <h2>Security</h2>
 * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on the class or a handler method (the method's
 * wins) are checked before the handler runs, with the server's authentication mechanism.
 *
 * <h2>What fails deployment</h2>
 * Every problem is reported at once, each with an id {@code RH-nnn} (see the "Deployment errors" page): two routes
 * at one URL, malformed brackets, a catch-all that is not last, a private segment, a class with no handler, two
 * handlers for one method, a {@code void} handler, an unsupported parameter, a {@code @Param} naming no param of the
 * path, a params record that does not match the path, a raw {@code RouteContext}, a protected {@code GET} on a cached
 * route, and a missing Jakarta EE API the routes need.
 *
 * <p>The class is a CDI bean: with no scope annotation it is {@code @ApplicationScoped}; a scope
 * declared on the class wins. It is discovered with or without {@code beans.xml}.
 */
@Stereotype
@ApplicationScoped
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Route {

    /**
     * The route's path, starting with {@code /}, in the syntax above, for example
     * {@code "/items/[slug]"} or {@code "/(shop)/docs/[[...path]]"}.
     *
     * @return the declared path
     */
    String value();
}
