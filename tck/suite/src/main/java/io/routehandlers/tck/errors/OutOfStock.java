package io.routehandlers.tck.errors;

/** A more specific shop failure, mapped by {@link OutOfStockMapper}. */
public class OutOfStock extends ShopException {

    private static final long serialVersionUID = 1L;

    private final String sku;

    public OutOfStock(String sku) {
        super("out of stock: " + sku);
        this.sku = sku;
    }

    public String sku() {
        return sku;
    }
}
