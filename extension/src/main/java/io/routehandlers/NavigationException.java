package io.routehandlers;

import java.util.Optional;

/**
 * Thrown by the {@link Navigation} helpers to end a handler with a redirect or an error status. It is
 * not an error: it carries no stack trace and is answered, not logged.
 */
public final class NavigationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kind of navigation, which decides the status. */
    public enum Kind {
        /** {@code 307}, or {@code 303} after a form POST. */
        REDIRECT,
        /** {@code 308}, or {@code 303} after a form POST. */
        PERMANENT_REDIRECT,
        /** {@code 404}. */
        NOT_FOUND,
        /** {@code 403}. */
        FORBIDDEN,
        /** {@code 401}. */
        UNAUTHORIZED
    }

    private final Kind kind;
    private final String location;

    NavigationException(Kind kind, String location) {
        super(kind + (location == null ? "" : " to " + location), null, false, false);
        this.kind = kind;
        this.location = location;
    }

    /**
     * The kind of navigation.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Where a redirect goes, as given.
     *
     * @return the URL of a redirect, empty for the error kinds
     */
    public Optional<String> location() {
        return Optional.ofNullable(location);
    }
}
