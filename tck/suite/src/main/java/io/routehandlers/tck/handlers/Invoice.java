package io.routehandlers.tck.handlers;

/** A value returned as JSON. */
public record Invoice(String number, long total, boolean paid) {}
