package io.routehandlers.internal.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** The routes as the starting model of the application's document (S-13.1). */
public class RoutesModelReader implements OASModelReader {

    @Override
    public OpenAPI buildModel() {
        OpenAPI model = OASFactory.createOpenAPI();
        RouteDocument.addRoutes(model);
        return model;
    }
}
