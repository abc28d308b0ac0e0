package io.routehandlers.tck.errors;

/** A failure of the shop, mapped by {@link ShopMapper}. */
public class ShopException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ShopException(String message) {
        super(message);
    }
}
