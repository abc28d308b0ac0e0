package io.routehandlers.sample;

/**
 * An item of the catalogue.
 *
 * @param slug its URL name
 * @param name its display name
 * @param price its price in cents
 */
public record Item(String slug, String name, long price) {}
