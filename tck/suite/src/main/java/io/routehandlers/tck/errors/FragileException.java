package io.routehandlers.tck.errors;

/** Mapped by a mapper that throws ({@link FragileMapper}). */
public class FragileException extends RuntimeException {

    private static final long serialVersionUID = 1L;
}
