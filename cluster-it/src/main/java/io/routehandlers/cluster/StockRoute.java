package io.routehandlers.cluster;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;

/** An uncached route that reads a cached method's value ({@code /stock/<sku>}), or its count ({@code /stock/count}). */
@Route("/stock/[sku]")
public class StockRoute {

    @Inject
    Stock stock;

    @GET
    public String get(@Param("sku") String sku) {
        if (sku.equals("count")) {
            return Integer.toString(stock.computations());
        }
        Stock.Level level = stock.level(sku);
        return level.sku() + ": " + level.units() + " computed by node " + level.node() + " (computation "
                + level.computation() + ")";
    }
}
