package io.routehandlers.tck.errors;

/** A checked exception that only the application's Jakarta REST mapper maps ({@link LegacyMapper}). */
public class LegacyException extends Exception {

    private static final long serialVersionUID = 1L;
}
