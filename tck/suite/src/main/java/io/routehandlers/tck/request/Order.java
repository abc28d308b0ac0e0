package io.routehandlers.tck.request;

/** A JSON request body. */
public record Order(String sku, int quantity) {}
