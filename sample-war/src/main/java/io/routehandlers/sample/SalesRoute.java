package io.routehandlers.sample;

import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.util.List;

/**
 * {@code /api/sales}: the 30-day sales report, cached and regenerated at most once a minute. Its uncached twin
 * {@link LiveSalesRoute} computes the same report on every request; {@code bench/cached-vs-uncached.sh}
 * compares the two side by side.
 */
@Route("/api/sales")
@RouteConfig(revalidate = 60)
public class SalesRoute {

    @Inject
    Sales sales;

    @GET
    public List<Sales.Day> get() {
        return sales.daily(30);
    }
}
