package io.routehandlers.internal.problems;

/**
 * The Jakarta EE APIs the extension needs at run time (S-7.4), how to tell that the application sees one, and how to
 * enable it on the servers the TCK runs on.
 */
public enum Platform {
    /** The servlet filter that serves routes. */
    SERVLET(
            "Jakarta Servlet, which serves routes,",
            "jakarta.servlet.Filter",
            "servlet-6.0",
            "servlet-6.1",
            "subsystem undertow"),
    /** The handler annotations ({@code @GET}) and {@code Response}. */
    REST(
            "Jakarta REST, whose @GET, @POST, ... mark route handlers,",
            "jakarta.ws.rs.core.Response",
            "restfulWS-3.1",
            "restfulWS-4.0",
            "subsystem jaxrs"),
    /** JSON answers and {@code RouteRequest.json}. */
    JSONB(
            "Jakarta JSON Binding, which writes JSON answers and reads JSON bodies,",
            "jakarta.json.bind.JsonbBuilder",
            "jsonb-3.0",
            "jsonb-3.0",
            "subsystem jsonb"),
    /** Background regeneration of stale cached answers. */
    CONCURRENCY(
            "Jakarta Concurrency, which regenerates the answers of routes with a revalidate period,",
            "jakarta.enterprise.concurrent.ManagedExecutorService",
            "concurrent-3.0",
            "concurrent-3.1",
            "subsystem ee-concurrency (in the ee subsystem)"),
    /** The upgrade of routes' {@code @Socket} requests (S-17.5). */
    WEBSOCKET(
            "Jakarta WebSocket 2.1, which upgrades the requests of @Socket handlers,",
            "jakarta.websocket.server.ServerContainer",
            "websocket-2.1",
            "websocket-2.2",
            "subsystem undertow (its websockets)");

    private final String what;
    private final String probe;
    private final String libertyFeature;
    private final String libertyEe11Feature;
    private final String wildfly;

    Platform(String what, String probe, String libertyFeature, String libertyEe11Feature, String wildfly) {
        this.what = what;
        this.probe = probe;
        this.libertyFeature = libertyFeature;
        this.libertyEe11Feature = libertyEe11Feature;
        this.wildfly = wildfly;
    }

    /** Whether the API's classes are visible through a class loader. */
    public boolean visible(ClassLoader loader) {
        try {
            Class.forName(probe, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The problem of the API missing. */
    public DeploymentProblem missing() {
        return RouteMessages.missingPlatform(what, fix());
    }

    /** Where to enable the API on the servers of the TCK. */
    public String fix() {
        String liberty = libertyFeature.equals(libertyEe11Feature)
                ? libertyFeature
                : libertyFeature + " (Jakarta EE 10) or " + libertyEe11Feature + " (Jakarta EE 11)";
        return "enable it on the server: Open Liberty feature " + liberty + " in server.xml; WildFly " + wildfly
                + " (in the standard profiles); Payara has it in every distribution.";
    }
}
