package io.routehandlers.internal.tree;

/** A route path that cannot be parsed, with the offending segment. */
public final class PathSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the segment. */
    public enum Reason {
        NOT_ABSOLUTE,
        EMPTY_SEGMENT,
        EMPTY_NAME,
        MISSING_ELLIPSIS,
        UNICODE_ELLIPSIS,
        EXTRA_BRACKETS,
        CATCH_ALL_NOT_LAST,
        DUPLICATE_PARAM,
        PRIVATE_SEGMENT,
        MALFORMED_ESCAPE
    }

    private final String path;
    private final String segment;
    private final Reason reason;

    PathSyntaxException(String path, String segment, Reason reason) {
        super(reason + " in segment '" + segment + "' of " + path);
        this.path = path;
        this.segment = segment;
        this.reason = reason;
    }

    /** The path as declared. */
    public String path() {
        return path;
    }

    /** The segment at fault, as written. */
    public String segment() {
        return segment;
    }

    /** What is wrong. */
    public Reason reason() {
        return reason;
    }
}
