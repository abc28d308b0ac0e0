package io.routehandlers;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the method of a route that tells the current entity tag of what the route's path names (S-18.5), so that a
 * conditional request is decided before the handler runs: {@code If-Match} and {@code If-None-Match} on
 * {@code PUT}, {@code PATCH}, {@code DELETE} and {@code POST} answer {@code 412 Precondition Failed} without calling
 * the handler when the tag does not (or does) match, and a {@code GET} or {@code HEAD} whose {@code If-None-Match}
 * names the current tag is {@code 304} without calling it. Answers of the route's {@code GET} carry the tag as
 * {@code ETag}.
 *
 * <pre>
 * &#64;Route("/notes/[id]")
 * public class NoteRoute {
 *     &#64;EntityTag
 *     public String version(&#64;Param("id") String id) {
 *         return notes.find(id).map(Note::version).orElse(null); // null: no such note
 *     }
 *
 *     &#64;PUT
 *     public Note replace(&#64;Param("id") String id, RouteRequest request) { ... }
 * }
 * </pre>
 *
 * <p>The method is public, returns {@code String} (the opaque tag without quotes; {@code null} when the resource does
 * not exist) and takes what a handler takes. At most one per route class (RH-021); another signature fails deployment
 * (RH-063).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EntityTag {}
