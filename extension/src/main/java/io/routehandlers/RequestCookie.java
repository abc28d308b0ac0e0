package io.routehandlers;

/**
 * A cookie the client sent.
 *
 * @param name the cookie name
 * @param value the value, URI-decoded ({@code "true"} for a bare name without {@code =})
 */
public record RequestCookie(String name, String value) {}
