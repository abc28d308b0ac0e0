package io.routehandlers.testing.kitchen;

/** A recipe of the test kitchen. */
public record Recipe(String slug, String title) {}
