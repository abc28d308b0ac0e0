/**
 * Metadata routes (S-9), Next.js's {@code sitemap.ts}, {@code robots.ts} and {@code manifest.ts}: a route whose
 * {@code GET} handler returns {@link io.routehandlers.metadata.Sitemap}, {@link io.routehandlers.metadata.Robots} or
 * {@link io.routehandlers.metadata.Manifest} answers with the bytes Next.js writes for it, at the URL the route
 * declares, and is cached by default.
 *
 * <pre>
 * &#64;Route("/robots.txt")
 * public class RobotsRoute {
 *     &#64;GET
 *     public Robots get() {
 *         return Robots.of(RobotsRule.forAll().allow("/").disallow("/admin"))
 *                 .sitemap("https://shop.example/sitemap.xml");
 *     }
 * }
 * </pre>
 *
 * <p>The values are immutable: each {@code with}-style call returns a new value. No method takes or returns
 * {@code null}; a text with a line break where the format has lines (robots) is refused when the value is built.
 */
package io.routehandlers.metadata;
