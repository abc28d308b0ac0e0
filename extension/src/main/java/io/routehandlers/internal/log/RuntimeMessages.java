package io.routehandlers.internal.log;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The catalogue of what the extension logs while it runs, as {@code RouteMessages} is the catalogue of deployment
 * problems. Each line has a stable id ({@code RH-1nn}, apart from the deployment ids), says what happened and where
 * (the route, the handler), and, for a warning or an error, ends with the fix. Each concern has its logger under
 * {@code io.routehandlers} ({@link Concern}), so one setting of {@code io.routehandlers} still covers them all. A
 * line is built only when its logger would publish it. {@code docs/runtime-messages.md} lists them all; change both
 * together.
 */
public final class RuntimeMessages {

    private RuntimeMessages() {}

    /** Where a message comes from: each concern logs under a logger of its own. */
    public enum Concern {
        /** Starting the application: the route table, configuration, the server's executors. */
        DEPLOYMENT("io.routehandlers.deployment"),
        /** A request's way through the pipeline, its handler call and its end. */
        PIPELINE("io.routehandlers.pipeline"),
        /** The route cache and its store. */
        CACHE("io.routehandlers.cache"),
        /** Streamed answers. */
        STREAM("io.routehandlers.stream"),
        /** WebSocket routes (S-17). */
        SOCKET("io.routehandlers.socket"),
        /** The integrations that are used only when present: OpenAPI, telemetry, validation. */
        INTEGRATION("io.routehandlers.integration");

        private final Logger logger;

        Concern(String name) {
            this.logger = Logger.getLogger(name);
        }

        /** The concern's logger. */
        public Logger logger() {
            return logger;
        }
    }

    // Deployment: RH-101 to RH-109

    /** The route table, once the deployment validated. */
    public static void routes(Supplier<String> table) {
        log(Concern.DEPLOYMENT, Level.INFO, "RH-101", null, table, null);
    }

    public static void noConfig(Throwable cause) {
        log(
                Concern.DEPLOYMENT,
                Level.WARNING,
                "RH-102",
                null,
                () -> "No MicroProfile Config (" + cause
                        + "): routes use their @RouteConfig annotations and the defaults" + " only.",
                "enable the server's MicroProfile Config feature (Open Liberty: mpConfig-3.1) to configure routes with"
                        + " keys.");
    }

    /** A managed executor the extension looks up at start is not there; it uses its own. */
    public static void noManagedExecutor(String type, String name, Throwable cause) {
        log(Concern.DEPLOYMENT, Level.FINE, "RH-103", cause, () -> "No " + type + " at " + name + ".", null);
    }

    /** A Jakarta REST exception mapper that routes leave out: it needs {@code @Context} (S-15.4). */
    public static void restMapperLeftOut(String mapper, String member) {
        log(
                Concern.DEPLOYMENT,
                Level.WARNING,
                "RH-104",
                null,
                () -> "Jakarta REST exception mapper " + mapper + " does not map the exceptions of routes: " + member
                        + " is injected with @Context, which only Jakarta REST requests have.",
                "read what the mapper needs another way (inject CDI beans instead of @Context), or map the exception "
                        + "for routes with a RouteExceptionMapper.");
    }

    /** Several {@code Jsonb} beans, none a {@code ContextResolver}: routes cannot tell which is meant (S-15.6). */
    public static void ambiguousJsonb(String beans) {
        log(
                Concern.DEPLOYMENT,
                Level.WARNING,
                "RH-105",
                null,
                () -> "The application has several Jsonb beans (" + beans + "): routes read and write JSON with the "
                        + "default JSON-B.",
                "keep one unqualified Jsonb bean, or give routes a ContextResolver<Jsonb> bean.");
    }

    /**
     * The naming of the application's JSON-B cannot be read back (a strategy of its own, or {@code cause}): the OpenAPI
     * schemas keep the Java names (S-15.6).
     */
    public static void customPropertyNaming(Throwable cause) {
        log(
                Concern.DEPLOYMENT,
                Level.INFO,
                "RH-106",
                cause,
                () -> "The application's JSON-B names properties in none of JSON-B's standard ways"
                        + (cause == null ? "" : " or could not be asked (" + cause + ")")
                        + ": the OpenAPI schemas of routes show the Java property names.",
                "name the properties with @JsonbProperty where the document must show the JSON names.");
    }

    // Pipeline: RH-110 to RH-139

    public static void pipelineFailed(String method, String path, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.SEVERE,
                "RH-110",
                cause,
                () -> "The route pipeline failed on " + method + " " + path + "; answered 500.",
                "a failure here is a defect of routehandlers, not of the application: report it with this stack"
                        + " trace.");
    }

    /** A handler, or a filter before it ({@code caller}: "handler com.acme.Items#get()"), threw. */
    public static void handlerFailed(String route, String caller, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.SEVERE,
                "RH-111",
                cause,
                () -> "Route " + route + ": " + caller + " failed with " + cause + "; answered 500.",
                "handle the exception in the handler, or throw a NavigationException (Navigation.notFound()...) or a"
                        + " WebApplicationException for the answer the client should get.");
    }

    /** A filter's {@code completed} threw (S-15.1). */
    public static void filterCompletionFailed(String route, String filter, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.WARNING,
                "RH-126",
                cause,
                () -> "Route " + route + ": filter " + filter + " failed in completed(RouteOutcome) with " + cause
                        + "; the answer was sent, the other filters were told.",
                "catch what completed() may throw: it runs after the answer and cannot change it.");
    }

    /** An exception mapper threw or returned nothing (S-15.4). */
    public static void mapperFailed(String route, String mapper, Throwable mapped, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.SEVERE,
                "RH-127",
                cause,
                () -> "Route " + route + ": exception mapper " + mapper + " failed to map " + mapped
                        + (cause == null ? ": it returned null" : " with " + cause) + "; answered 500.",
                "return an answer for every exception the mapper receives, and throw nothing from it.");
    }

    /** An exception was answered by a mapper (S-15.4). */
    public static void mapped(String route, String caller, String mapper, Throwable mapped) {
        log(
                Concern.PIPELINE,
                Level.FINE,
                "RH-128",
                mapped,
                () -> "Route " + route + ": " + caller + " threw " + mapped + ", answered by exception mapper " + mapper
                        + ".",
                null);
    }

    /** The application's {@code ContextResolver<Jsonb>} threw for a type (S-15.6). */
    public static void jsonbResolverFailed(String resolver, String type, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.WARNING,
                "RH-129",
                cause,
                () -> "The application's ContextResolver<Jsonb> " + resolver + " failed for " + type + " with " + cause
                        + "; routes read and write that type with the next JSON-B (a Jsonb bean, else the default).",
                "return a Jsonb (or null) for every type, without @Context members: routes are not Jakarta REST "
                        + "requests.");
    }

    public static void handlerReturnedNull(String route, String handler) {
        log(
                Concern.PIPELINE,
                Level.SEVERE,
                "RH-112",
                null,
                () -> "Route " + route + ": handler " + handler + " returned null; answered 500.",
                "return RouteResponse.status(204) for an empty answer.");
    }

    public static void unsendableHeader(String route, String handler, String header) {
        log(
                Concern.PIPELINE,
                Level.SEVERE,
                "RH-113",
                null,
                () -> "Route " + route + ": handler " + handler + " returned a Response with header " + header
                        + " whose name or value cannot be sent; answered 500.",
                "a header name is a token and a value holds visible ASCII, space and tab only: encode other"
                        + " characters (HttpSyntax) before setting the header.");
    }

    public static void unwritableEntity(String route, String handler, String entity, String mediaType) {
        log(
                Concern.PIPELINE,
                Level.SEVERE,
                "RH-114",
                null,
                () -> "Route " + route + ": handler " + handler + " returned a Response whose entity " + entity
                        + " has media type " + mediaType + ", which needs a Jakarta REST MessageBodyWriter; answered"
                        + " 500.",
                "routes write byte[], String, InputStream, StreamingOutput and JSON: serialize the entity yourself,"
                        + " or serve it from a Jakarta REST resource.");
    }

    /** A {@code dynamic = "error"} route read request data at run time (S-8.5); the text is Next.js's. */
    public static void dynamicUsage(String message) {
        log(
                Concern.PIPELINE,
                Level.SEVERE,
                "RH-115",
                null,
                () -> message + " Answered 500.",
                "read no request data in the route, or set its dynamic to auto or force-dynamic.");
    }

    /** A client's request the handler could not read (a malformed body, a bad param): its {@code 400}. */
    public static void badRequest(String route, String caller, String message) {
        log(
                Concern.PIPELINE,
                Level.FINE,
                "RH-116",
                null,
                () -> "Route " + route + ": " + caller + " could not read the request: " + message + "; answered 400.",
                null);
    }

    /**
     * A handler's stage outlived its async timeout.
     *
     * @param configPath the path of the route's configuration keys (a split route's differs from its path)
     */
    public static void handlerTimedOut(String route, String handler, long seconds, String configPath) {
        log(
                Concern.PIPELINE,
                Level.WARNING,
                "RH-117",
                null,
                () -> "Route " + route + ": handler " + handler + " did not complete within " + seconds
                        + " s; answered 503 and cancelled its stage.",
                "make the handler complete sooner, or raise routehandlers.route." + configPath
                        + ".async-timeout (routehandlers.async-timeout for every route; 0 for no limit).");
    }

    /** A client that left before its answer was sent, or while its handler ran: nothing to fix. */
    public static void clientLeft(String route, String when, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.FINE,
                "RH-118",
                cause,
                () -> "Route " + route + ": the client left " + when + ".",
                null);
    }

    /** The client left while its handler ran: the handler's stage was cancelled; nothing to fix. */
    public static void callCancelled(String route, String handler, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.FINE,
                "RH-125",
                cause,
                () -> "Route " + route + ": the client left while handler " + handler + " ran; its stage was"
                        + " cancelled.",
                null);
    }

    public static void sendFailed(String route, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.SEVERE,
                "RH-119",
                cause,
                () -> "Route " + route + ": sending the answer failed; answered 500.",
                "a failure here is a defect of routehandlers or of the server's adapter: report it with this stack"
                        + " trace.");
    }

    public static void answerFailed(String route, String handler, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.SEVERE,
                "RH-120",
                cause,
                () -> "Route " + route + ": handler " + handler + " could not be answered; answered 500.",
                "a failure here is a defect of routehandlers: report it with this stack trace.");
    }

    public static void afterTasksRefused(String route, String handler, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.WARNING,
                "RH-121",
                null,
                () -> "Route " + route + ": the executor refused the after() tasks of handler " + handler + ": " + cause
                        + "; they did not run.",
                "none while the server stops; otherwise give the server's default managed executor more threads or"
                        + " a longer queue.");
    }

    public static void afterTaskFailed(String route, String handler, Throwable cause) {
        log(
                Concern.PIPELINE,
                Level.SEVERE,
                "RH-122",
                cause,
                () -> "Route " + route + ": an after() task of handler " + handler
                        + " failed; the next tasks still run.",
                "handle the exception in the task.");
    }

    public static void noAuthentication(String route, String handler) {
        log(
                Concern.PIPELINE,
                Level.WARNING,
                "RH-123",
                null,
                () -> "Route " + route + ": handler " + handler
                        + " is protected by @RolesAllowed, but the application has"
                        + " no authentication mechanism, so it answers 401 to every request. Logged once per route.",
                "configure one: a <login-config> in web.xml or a Jakarta Security HttpAuthenticationMechanism bean,"
                        + " and the server's user registry (Open Liberty: feature appSecurity-5.0). See"
                        + " docs/security.md.");
    }

    public static void closingJsonbFailed(Throwable cause) {
        log(Concern.PIPELINE, Level.FINE, "RH-124", cause, () -> "Closing JSON-B failed.", null);
    }

    // Cache: RH-140 to RH-159

    public static void buildUnreadable(String unread, String id) {
        log(
                Concern.CACHE,
                Level.WARNING,
                "RH-140",
                null,
                () -> "The route cache cannot read the class files of " + unread + " to tell this build from another:"
                        + " this server keeps none of a shared store's prerendered answers and renders them (build "
                        + id + ").",
                "set routehandlers.cache.build-id, to the application's version for instance, to keep them across"
                        + " restarts.");
    }

    public static void renderAgainFailed(String route, String key, String reason) {
        log(
                Concern.CACHE,
                Level.WARNING,
                "RH-141",
                null,
                () -> "Route " + route + ": rendering " + key + " again failed (" + reason
                        + "); serving the previous answer.",
                "see the handler's failure logged before this line; the next request renders again.");
    }

    /** The executor refused a background regeneration; {@code owner} is {@code Route /x} or a cached method. */
    public static void regenerationRefused(String owner, String key, Throwable cause) {
        log(
                Concern.CACHE,
                Level.WARNING,
                "RH-142",
                null,
                () -> owner + ": the executor refused to regenerate " + key + ": " + cause
                        + "; serving the stale value.",
                "none while the server stops; otherwise give the server's default managed executor more threads or"
                        + " a longer queue.");
    }

    /** A background regeneration failed; {@code owner} is {@code Route /x} or a cached method. */
    public static void regenerationFailed(String owner, String key, Throwable cause) {
        log(
                Concern.CACHE,
                Level.WARNING,
                "RH-143",
                cause,
                () -> owner + ": regenerating " + key + " failed; serving the previous value.",
                "see the failure below; the next call after the value is stale regenerates it again.");
    }

    public static void regenerationNotCached(String route, String key, String reason) {
        log(
                Concern.CACHE,
                Level.WARNING,
                "RH-144",
                null,
                () -> "Route " + route + ": regenerating " + key + " gave no answer to cache (" + reason
                        + "); serving the previous answer.",
                "a cached route answers the same to every client: see the reason, and make the route force-dynamic if"
                        + " its answer depends on the request.");
    }

    /** A cached route's answer was not stored; logged once per route. */
    public static void notStored(String route, String key, String reason, String fix) {
        log(
                Concern.CACHE,
                Level.WARNING,
                "RH-145",
                null,
                () -> "Route " + route + " is cached, but its answer for " + key + " was not stored because " + reason
                        + ". Logged once per route.",
                fix);
    }

    /** The store failed; its stack trace is logged only where the cache's logger publishes {@code FINE}. */
    public static void storeFailed(String store, String what, Throwable cause) {
        log(
                Concern.CACHE,
                Level.WARNING,
                "RH-146",
                Concern.CACHE.logger().isLoggable(Level.FINE) ? cause : null,
                () -> "The route cache's store (" + store + ") failed to " + what + ": " + cause
                        + ". Routes answer as if"
                        + " uncached and rate limits count per server until it is back; revalidations are kept and"
                        + " sent then. Logged at most once a minute.",
                "make the store reachable (docs/cluster.md); the stack trace is logged at FINE.");
    }

    public static void storeBack(String store) {
        log(
                Concern.CACHE,
                Level.INFO,
                "RH-147",
                null,
                () -> "The route cache's store (" + store + ") answers again: cached answers are served from it.",
                null);
    }

    public static void prerendered(int count, int kept) {
        log(
                Concern.CACHE,
                Level.INFO,
                "RH-148",
                null,
                () -> "Prerendered " + count + (count == 1 ? " path" : " paths") + " of cached routes"
                        + (kept == 0 ? "" : "; kept " + kept + " that the shared store holds from this build") + ".",
                null);
    }

    public static void prerenderNotCached(String route, String key, String reason) {
        log(
                Concern.CACHE,
                Level.WARNING,
                "RH-149",
                null,
                () -> "Route " + route + ": prerendering " + key + " gave no answer to cache (" + reason
                        + "); it renders on first request.",
                "a prerendered route answers without a request: see the reason, and read no request data in it, or"
                        + " make it force-dynamic.");
    }

    // Streams: RH-160 to RH-169

    public static void noHeartbeat(String route, Throwable cause) {
        log(
                Concern.STREAM,
                Level.FINE,
                "RH-160",
                cause,
                () -> "Route " + route + ": no heartbeat scheduled (the server is stopping).",
                null);
    }

    public static void streamFailed(String route, String handler, Throwable cause) {
        log(
                Concern.STREAM,
                Level.SEVERE,
                "RH-161",
                cause,
                () -> "Route " + route + ": the stream of handler " + handler
                        + " failed; its answer was ended where it was (its" + " status was sent).",
                "handle the exception in the stream's body or publisher; the client sees a truncated answer.");
    }

    public static void streamFailedAfterClientLeft(String route, String handler, Throwable cause) {
        log(
                Concern.STREAM,
                Level.FINE,
                "RH-162",
                cause,
                () -> "Route " + route + ": the stream of handler " + handler + " failed after its client left.",
                null);
    }

    public static void streamClientLeft(String route, String handler, Throwable cause) {
        log(
                Concern.STREAM,
                Level.FINE,
                "RH-163",
                cause,
                () -> "Route " + route + ": the client of handler " + handler + "'s stream went away; closed it.",
                null);
    }

    public static void onCloseFailed(String route, String handler, Throwable cause) {
        log(
                Concern.STREAM,
                Level.WARNING,
                "RH-164",
                cause,
                () -> "Route " + route + ": an onClose callback of handler " + handler
                        + " failed; the others still run.",
                "handle the exception in the callback.");
    }

    // Sockets: RH-180 to RH-189

    /** A socket's listener threw: the socket is closed with 1011 (S-17.3). */
    public static void socketListenerFailed(String route, String callback, Throwable cause) {
        log(
                Concern.SOCKET,
                Level.WARNING,
                "RH-180",
                cause,
                () -> "Route " + route + ": the socket listener's " + callback + " threw " + cause
                        + "; the socket is closed with 1011.",
                "catch what the listener can handle itself; close the socket with a code of your own (3000-4999) to "
                        + "tell the client why.");
    }

    /** The server's WebSocket container could not upgrade a request the route accepted (S-17.5). */
    public static void upgradeFailed(String route, Throwable cause) {
        log(
                Concern.SOCKET,
                Level.SEVERE,
                "RH-181",
                cause,
                () -> "Route " + route + ": the server's WebSocket container did not upgrade the request (" + cause
                        + "); it was answered 500.",
                "enable Jakarta WebSocket 2.1 on the server (Open Liberty feature websocket-2.1, or websocket-2.2 on"
                        + " Jakarta EE 11; WildFly and Payara "
                        + "have it in their standard profiles).");
    }

    /** The extension closed a socket for one of its limits (S-17.4). */
    public static void socketClosed(String route, String id, int code, String why) {
        log(
                Concern.SOCKET,
                Level.FINE,
                "RH-182",
                null,
                () -> "Route " + route + ": socket " + id + " closed with " + code + ": " + why + ".",
                null);
    }

    // Integrations: RH-170 to RH-179

    public static void openApiReaderAndFilter(String reader, String filter) {
        log(
                Concern.INTEGRATION,
                Level.WARNING,
                "RH-170",
                null,
                () -> "The application names its own OpenAPI model reader (" + reader + ") and filter (" + filter
                        + "), so the routes are not in its OpenAPI document.",
                "drop one of the two keys, and the extension's reader or filter adds them (docs/openapi.md).");
    }

    public static void routeNotInOpenApi(String route, Throwable cause) {
        log(
                Concern.INTEGRATION,
                Level.WARNING,
                "RH-171",
                cause,
                () -> "Route " + route + " could not be added to the OpenAPI document; the others are in it.",
                "a failure here is a defect of routehandlers: report it with this stack trace.");
    }

    public static void routesNotInOpenApi(Throwable cause) {
        log(
                Concern.INTEGRATION,
                Level.WARNING,
                "RH-172",
                cause,
                () -> "The routes could not be added to the OpenAPI document.",
                "a failure here is a defect of routehandlers: report it with this stack trace.");
    }

    /** A cached method's value could not be written as JSON: returned uncached (S-8.13). */
    public static void cachedValueNotWritten(String method, Throwable cause) {
        log(
                Concern.CACHE,
                Level.WARNING,
                "RH-175",
                cause,
                () -> "@Cached method " + method + ": its value could not be written as JSON (" + cause
                        + "); it is returned, and not cached.",
                "return values of the declared type itself (a subclass or a proxy of it is not what the cache reads"
                        + " back), whose components JSON-B can write.");
    }

    /** A stored value of a cached method could not be read back: computed again (S-8.13). */
    public static void cachedValueNotRead(String method, String key, Throwable cause) {
        log(
                Concern.CACHE,
                Level.WARNING,
                "RH-176",
                cause,
                () -> "@Cached method " + method + ": the stored value at " + key + " could not be read (" + cause
                        + "); computing it again.",
                "none if it follows a change of the value's type without a change of its shape (a JSON-B annotation);"
                        + " otherwise see the failure below.");
    }

    /** A draft cookie was issued without {@code routehandlers.draft.secret}: it works on this server only (S-8.16). */
    public static void draftKeyOfItsOwn() {
        log(
                Concern.CACHE,
                Level.INFO,
                "RH-177",
                null,
                () ->
                        "Draft mode was enabled with a signing key of this server's own: the draft cookie works only on this"
                                + " server, and only until it restarts.",
                "set routehandlers.draft.secret (at least 32 characters, the same on every server) where clients may"
                        + " reach several servers.");
    }

    public static void noValidator(Throwable cause) {
        log(
                Concern.INTEGRATION,
                Level.WARNING,
                "RH-173",
                cause,
                () -> "The Jakarta Validation API is visible, but no validator could be built (" + cause
                        + "): JSON bodies" + " are not validated.",
                "add a provider (Hibernate Validator and an EL implementation) or remove the API.");
    }

    public static void noTelemetry(Throwable cause) {
        log(
                Concern.INTEGRATION,
                Level.INFO,
                "RH-174",
                null,
                () -> "The OpenTelemetry API is visible, but MicroProfile Telemetry provides no OpenTelemetry bean ("
                        + cause + "): route requests carry no route in traces.",
                "enable the server's MicroProfile Telemetry feature, and do not package opentelemetry-api in the"
                        + " WAR.");
    }

    public static void healthUnavailable(Throwable cause) {
        log(
                Concern.INTEGRATION,
                Level.WARNING,
                "RH-178",
                cause,
                () -> "MicroProfile Health is visible, but the routehandlers readiness check could not be added ("
                        + cause + "): load balancers do not see the routes' state.",
                "do not package microprofile-health-api in the WAR; the server's MicroProfile Health feature brings"
                        + " it.");
    }

    /** The text of a message: its id, what happened, and the fix on a line of its own. */
    static String text(String id, String what, String fix) {
        return fix == null ? id + " " + what : id + " " + what + "\n  Fix: " + fix;
    }

    /**
     * Publishes a message, built only when the concern's logger publishes its level, with the class and method that
     * asked for it as its source.
     */
    private static void log(
            Concern concern, Level level, String id, Throwable cause, Supplier<String> what, String fix) {
        Logger logger = concern.logger();
        if (!logger.isLoggable(level)) {
            return;
        }
        LogRecord record = new LogRecord(level, text(id, what.get(), fix));
        record.setLoggerName(logger.getName());
        record.setThrown(cause);
        StackWalker.getInstance().walk(frames -> frames.skip(2).findFirst()).ifPresent(caller -> {
            record.setSourceClassName(caller.getClassName());
            record.setSourceMethodName(caller.getMethodName());
        });
        logger.log(record);
    }
}
