package io.routehandlers;

/** The {@code SameSite} attribute of a cookie, written in lower case as Next.js does. */
public enum SameSite {
    /** {@code SameSite=lax}. */
    LAX,
    /** {@code SameSite=strict}. */
    STRICT,
    /** {@code SameSite=none}; browsers require {@code Secure} with it. */
    NONE
}
