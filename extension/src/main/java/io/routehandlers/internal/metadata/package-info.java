/**
 * The serializers of metadata routes (S-9): the bytes of a {@code Sitemap}, {@code Robots} or {@code Manifest}, and
 * the kind of a route whose {@code GET} handler returns one.
 */
package io.routehandlers.internal.metadata;
