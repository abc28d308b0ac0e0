package io.routehandlers;

/** The {@code Priority} attribute of a cookie (a Chrome extension), written in lower case. */
public enum CookiePriority {
    /** {@code Priority=low}. */
    LOW,
    /** {@code Priority=medium}. */
    MEDIUM,
    /** {@code Priority=high}. */
    HIGH
}
