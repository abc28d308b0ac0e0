package io.routehandlers.tck.errors;

/** Mapped only by a Jakarta REST mapper that needs {@code @Context} ({@link ContextualMapper}): not for routes. */
public class ContextualException extends Exception {

    private static final long serialVersionUID = 1L;
}
