package io.routehandlers.sample;

import io.routehandlers.Dynamic;
import io.routehandlers.Route;
import io.routehandlers.RouteConfig;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.util.List;

/** {@code /api/sales/live}: the same report as {@link SalesRoute}, computed on every request (never cached). */
@Route("/api/sales/live")
@RouteConfig(dynamic = Dynamic.FORCE_DYNAMIC)
public class LiveSalesRoute {

    @Inject
    Sales sales;

    @GET
    public List<Sales.Day> get() {
        return sales.daily(30);
    }
}
