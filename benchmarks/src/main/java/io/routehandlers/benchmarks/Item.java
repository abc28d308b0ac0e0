package io.routehandlers.benchmarks;

/** The small record every benchmark route and resource answers as JSON. */
public record Item(String slug, int shelf) {}
