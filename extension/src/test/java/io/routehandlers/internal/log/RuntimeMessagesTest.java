package io.routehandlers.internal.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.fixtures.LogRecords;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every runtime message, whole: its id, level, logger, whether it carries the failure, and its text with the fix, as an
 * operator reads it (docs/runtime-messages.md lists the same).
 */
class RuntimeMessagesTest {

    private static final String ROUTE = "/items/[slug]";
    private static final String HANDLER = "com.acme.Items#get(RouteContext)";
    private static final Throwable BOOM = new IllegalStateException("boom");

    private final Logger extension = Logger.getLogger("io.routehandlers");
    private Level before;
    private LogRecords logged;

    @BeforeEach
    void capture() {
        before = extension.getLevel();
        extension.setLevel(Level.ALL);
        logged = LogRecords.capture();
    }

    @AfterEach
    void stopCapturing() {
        logged.close();
        extension.setLevel(before);
    }

    record Case(Runnable call, Level level, String logger, boolean thrown, String text) {}

    /** One call of every message of the catalogue, with what it logs. */
    private static List<Case> cases() {
        String r = ROUTE;
        String h = HANDLER;
        Throwable boom = BOOM;
        return List.of(
                new Case(
                        () -> RuntimeMessages.routes(() -> "Routes (1):\n  GET /items/[slug] -> com.acme.Items"),
                        Level.INFO,
                        "io.routehandlers.deployment",
                        false,
                        "RH-101 Routes (1):" + "\n" + "  GET /items/[slug] -> com.acme.Items"),
                new Case(
                        () -> RuntimeMessages.noConfig(boom),
                        Level.WARNING,
                        "io.routehandlers.deployment",
                        false,
                        "RH-102 No MicroProfile Config (java.lang.IllegalStateException: boom): routes use their @RouteConfig annotations and the defaults only."
                                + "\n"
                                + "  Fix: enable the server's MicroProfile Config feature (Open Liberty: mpConfig-3.1) to configure routes with keys."),
                new Case(
                        () -> RuntimeMessages.noManagedExecutor(
                                "Executor", "java:comp/DefaultManagedExecutorService", boom),
                        Level.FINE,
                        "io.routehandlers.deployment",
                        true,
                        "RH-103 No Executor at java:comp/DefaultManagedExecutorService."),
                new Case(
                        () -> RuntimeMessages.restMapperLeftOut("com.acme.Legacy", "com.acme.Legacy#uri"),
                        Level.WARNING,
                        "io.routehandlers.deployment",
                        false,
                        "RH-104 Jakarta REST exception mapper com.acme.Legacy does not map the exceptions of routes: com.acme.Legacy#uri is injected with @Context, which only Jakarta REST requests have."
                                + "\n"
                                + "  Fix: read what the mapper needs another way (inject CDI beans instead of @Context), or map the exception for routes with a RouteExceptionMapper."),
                new Case(
                        () -> RuntimeMessages.ambiguousJsonb("two beans"),
                        Level.WARNING,
                        "io.routehandlers.deployment",
                        false,
                        "RH-105 The application has several Jsonb beans (two beans): routes read and write JSON with the default JSON-B."
                                + "\n"
                                + "  Fix: keep one unqualified Jsonb bean, or give routes a ContextResolver<Jsonb> bean."),
                new Case(
                        () -> RuntimeMessages.customPropertyNaming(null),
                        Level.INFO,
                        "io.routehandlers.deployment",
                        false,
                        "RH-106 The application's JSON-B names properties in none of JSON-B's standard ways: the OpenAPI schemas of routes show the Java property names."
                                + "\n"
                                + "  Fix: name the properties with @JsonbProperty where the document must show the JSON names."),
                new Case(
                        () -> RuntimeMessages.pipelineFailed("GET", "/items/lamp", boom),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-110 The route pipeline failed on GET /items/lamp; answered 500." + "\n"
                                + "  Fix: a failure here is a defect of routehandlers, not of the application: report it with this stack trace."),
                new Case(
                        () -> RuntimeMessages.handlerFailed(r, "handler " + h, boom),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-111 Route /items/[slug]: handler com.acme.Items#get(RouteContext) failed with java.lang.IllegalStateException: boom; answered 500."
                                + "\n"
                                + "  Fix: handle the exception in the handler, or throw a NavigationException (Navigation.notFound()...) or a WebApplicationException for the answer the client should get."),
                new Case(
                        () -> RuntimeMessages.handlerReturnedNull(r, h),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        false,
                        "RH-112 Route /items/[slug]: handler com.acme.Items#get(RouteContext) returned null; answered 500."
                                + "\n" + "  Fix: return RouteResponse.status(204) for an empty answer."),
                new Case(
                        () -> RuntimeMessages.unsendableHeader(r, h, "X-Note"),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        false,
                        "RH-113 Route /items/[slug]: handler com.acme.Items#get(RouteContext) returned a Response with header X-Note whose name or value cannot be sent; answered 500."
                                + "\n"
                                + "  Fix: a header name is a token and a value holds visible ASCII, space and tab only: encode other characters (HttpSyntax) before setting the header."),
                new Case(
                        () -> RuntimeMessages.unwritableEntity(r, h, "com.acme.Item", "application/xml"),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        false,
                        "RH-114 Route /items/[slug]: handler com.acme.Items#get(RouteContext) returned a Response whose entity com.acme.Item has media type application/xml, which needs a Jakarta REST MessageBodyWriter; answered 500."
                                + "\n"
                                + "  Fix: routes write byte[], String, InputStream, StreamingOutput and JSON: serialize the entity yourself, or serve it from a Jakarta REST resource."),
                new Case(
                        () -> RuntimeMessages.dynamicUsage(
                                "Route /items with `dynamic = \"error\"` couldn't be rendered statically because it used `headers()`."),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        false,
                        "RH-115 Route /items with `dynamic = \"error\"` couldn't be rendered statically because it used `headers()`. Answered 500."
                                + "\n"
                                + "  Fix: read no request data in the route, or set its dynamic to auto or force-dynamic."),
                new Case(
                        () -> RuntimeMessages.badRequest(r, "handler " + h, "the body is not JSON"),
                        Level.FINE,
                        "io.routehandlers.pipeline",
                        false,
                        "RH-116 Route /items/[slug]: handler com.acme.Items#get(RouteContext) could not read the request: the body is not JSON; answered 400."),
                new Case(
                        () -> RuntimeMessages.handlerTimedOut(r, h, 30, "/items/[slug]"),
                        Level.WARNING,
                        "io.routehandlers.pipeline",
                        false,
                        "RH-117 Route /items/[slug]: handler com.acme.Items#get(RouteContext) did not complete within 30 s; answered 503 and cancelled its stage."
                                + "\n"
                                + "  Fix: make the handler complete sooner, or raise routehandlers.route./items/[slug].async-timeout (routehandlers.async-timeout for every route; 0 for no limit)."),
                new Case(
                        () -> RuntimeMessages.clientLeft(r, "before its answer", boom),
                        Level.FINE,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-118 Route /items/[slug]: the client left before its answer."),
                new Case(
                        () -> RuntimeMessages.sendFailed(r, boom),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-119 Route /items/[slug]: sending the answer failed; answered 500." + "\n"
                                + "  Fix: a failure here is a defect of routehandlers or of the server's adapter: report it with this stack trace."),
                new Case(
                        () -> RuntimeMessages.answerFailed(r, h, boom),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-120 Route /items/[slug]: handler com.acme.Items#get(RouteContext) could not be answered; answered 500."
                                + "\n"
                                + "  Fix: a failure here is a defect of routehandlers: report it with this stack trace."),
                new Case(
                        () -> RuntimeMessages.afterTasksRefused(r, h, boom),
                        Level.WARNING,
                        "io.routehandlers.pipeline",
                        false,
                        "RH-121 Route /items/[slug]: the executor refused the after() tasks of handler com.acme.Items#get(RouteContext): java.lang.IllegalStateException: boom; they did not run."
                                + "\n"
                                + "  Fix: none while the server stops; otherwise give the server's default managed executor more threads or a longer queue."),
                new Case(
                        () -> RuntimeMessages.afterTaskFailed(r, h, boom),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-122 Route /items/[slug]: an after() task of handler com.acme.Items#get(RouteContext) failed; the next tasks still run."
                                + "\n" + "  Fix: handle the exception in the task."),
                new Case(
                        () -> RuntimeMessages.noAuthentication(r, h),
                        Level.WARNING,
                        "io.routehandlers.pipeline",
                        false,
                        "RH-123 Route /items/[slug]: handler com.acme.Items#get(RouteContext) is protected by @RolesAllowed, but the application has no authentication mechanism, so it answers 401 to every request. Logged once per route."
                                + "\n"
                                + "  Fix: configure one: a <login-config> in web.xml or a Jakarta Security HttpAuthenticationMechanism bean, and the server's user registry (Open Liberty: feature appSecurity-5.0). See docs/security.md."),
                new Case(
                        () -> RuntimeMessages.closingJsonbFailed(boom),
                        Level.FINE,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-124 Closing JSON-B failed."),
                new Case(
                        () -> RuntimeMessages.callCancelled(r, h, boom),
                        Level.FINE,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-125 Route /items/[slug]: the client left while handler com.acme.Items#get(RouteContext) ran; its stage was cancelled."),
                new Case(
                        () -> RuntimeMessages.filterCompletionFailed(r, "com.acme.Metrics", boom),
                        Level.WARNING,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-126 Route /items/[slug]: filter com.acme.Metrics failed in completed(RouteOutcome) with java.lang.IllegalStateException: boom; the answer was sent, the other filters were told."
                                + "\n"
                                + "  Fix: catch what completed() may throw: it runs after the answer and cannot change it."),
                new Case(
                        () -> RuntimeMessages.mapperFailed(r, "com.acme.StockMapper", boom, boom),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-127 Route /items/[slug]: exception mapper com.acme.StockMapper failed to map java.lang.IllegalStateException: boom with java.lang.IllegalStateException: boom; answered 500."
                                + "\n"
                                + "  Fix: return an answer for every exception the mapper receives, and throw nothing from it."),
                new Case(
                        () -> RuntimeMessages.mapperFailed(r, "com.acme.StockMapper", boom, null),
                        Level.SEVERE,
                        "io.routehandlers.pipeline",
                        false,
                        "RH-127 Route /items/[slug]: exception mapper com.acme.StockMapper failed to map java.lang.IllegalStateException: boom: it returned null; answered 500."
                                + "\n"
                                + "  Fix: return an answer for every exception the mapper receives, and throw nothing from it."),
                new Case(
                        () -> RuntimeMessages.mapped(r, "handler " + h, "com.acme.StockMapper", boom),
                        Level.FINE,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-128 Route /items/[slug]: handler com.acme.Items#get(RouteContext) threw java.lang.IllegalStateException: boom, answered by exception mapper com.acme.StockMapper."),
                new Case(
                        () -> RuntimeMessages.jsonbResolverFailed("com.acme.Snake", "com.acme.Line", boom),
                        Level.WARNING,
                        "io.routehandlers.pipeline",
                        true,
                        "RH-129 The application's ContextResolver<Jsonb> com.acme.Snake failed for com.acme.Line with java.lang.IllegalStateException: boom; routes read and write that type with the next JSON-B (a Jsonb bean, else the default)."
                                + "\n"
                                + "  Fix: return a Jsonb (or null) for every type, without @Context members: routes are not Jakarta REST requests."),
                new Case(
                        () -> RuntimeMessages.buildUnreadable("[com.acme.Items]", "start-1"),
                        Level.WARNING,
                        "io.routehandlers.cache",
                        false,
                        "RH-140 The route cache cannot read the class files of [com.acme.Items] to tell this build from another: this server keeps none of a shared store's prerendered answers and renders them (build start-1)."
                                + "\n"
                                + "  Fix: set routehandlers.cache.build-id, to the application's version for instance, to keep them across restarts."),
                new Case(
                        () -> RuntimeMessages.renderAgainFailed(r, "/items/lamp", "it answered 500"),
                        Level.WARNING,
                        "io.routehandlers.cache",
                        false,
                        "RH-141 Route /items/[slug]: rendering /items/lamp again failed (it answered 500); serving the previous answer."
                                + "\n"
                                + "  Fix: see the handler's failure logged before this line; the next request renders again."),
                new Case(
                        () -> RuntimeMessages.regenerationRefused("Route " + r, "/items/lamp", boom),
                        Level.WARNING,
                        "io.routehandlers.cache",
                        false,
                        "RH-142 Route /items/[slug]: the executor refused to regenerate /items/lamp: java.lang.IllegalStateException: boom; serving the stale value."
                                + "\n"
                                + "  Fix: none while the server stops; otherwise give the server's default managed executor more threads or a longer queue."),
                new Case(
                        () -> RuntimeMessages.regenerationFailed("Route " + r, "/items/lamp", boom),
                        Level.WARNING,
                        "io.routehandlers.cache",
                        true,
                        "RH-143 Route /items/[slug]: regenerating /items/lamp failed; serving the previous value."
                                + "\n"
                                + "  Fix: see the failure below; the next call after the value is stale regenerates it again."),
                new Case(
                        () -> RuntimeMessages.regenerationNotCached(r, "/items/lamp", "it used headers()"),
                        Level.WARNING,
                        "io.routehandlers.cache",
                        false,
                        "RH-144 Route /items/[slug]: regenerating /items/lamp gave no answer to cache (it used headers()); serving the previous answer."
                                + "\n"
                                + "  Fix: a cached route answers the same to every client: see the reason, and make the route force-dynamic if its answer depends on the request."),
                new Case(
                        () -> RuntimeMessages.notStored(r, "/items/lamp", "it sets a cookie", "the fix."),
                        Level.WARNING,
                        "io.routehandlers.cache",
                        false,
                        "RH-145 Route /items/[slug] is cached, but its answer for /items/lamp was not stored because it sets a cookie. Logged once per route."
                                + "\n" + "  Fix: the fix."),
                new Case(
                        () -> RuntimeMessages.storeFailed("jcache", "read an answer", boom),
                        Level.WARNING,
                        "io.routehandlers.cache",
                        true,
                        "RH-146 The route cache's store (jcache) failed to read an answer: java.lang.IllegalStateException: boom. Routes answer as if uncached and rate limits count per server until it is back; revalidations are kept and sent then. Logged at most once a minute."
                                + "\n"
                                + "  Fix: make the store reachable (docs/cluster.md); the stack trace is logged at FINE."),
                new Case(
                        () -> RuntimeMessages.storeBack("jcache"),
                        Level.INFO,
                        "io.routehandlers.cache",
                        false,
                        "RH-147 The route cache's store (jcache) answers again: cached answers are served from it."),
                new Case(
                        () -> RuntimeMessages.prerendered(1, 0),
                        Level.INFO,
                        "io.routehandlers.cache",
                        false,
                        "RH-148 Prerendered 1 path of cached routes."),
                new Case(
                        () -> RuntimeMessages.prerendered(8, 3),
                        Level.INFO,
                        "io.routehandlers.cache",
                        false,
                        "RH-148 Prerendered 8 paths of cached routes; kept 3 that the shared store holds from this build."),
                new Case(
                        () -> RuntimeMessages.prerenderNotCached(r, "/items/lamp", "it used headers()"),
                        Level.WARNING,
                        "io.routehandlers.cache",
                        false,
                        "RH-149 Route /items/[slug]: prerendering /items/lamp gave no answer to cache (it used headers()); it renders on first request."
                                + "\n"
                                + "  Fix: a prerendered route answers without a request: see the reason, and read no request data in it, or make it force-dynamic."),
                new Case(
                        () -> RuntimeMessages.noHeartbeat(r, boom),
                        Level.FINE,
                        "io.routehandlers.stream",
                        true,
                        "RH-160 Route /items/[slug]: no heartbeat scheduled (the server is stopping)."),
                new Case(
                        () -> RuntimeMessages.streamFailed(r, h, boom),
                        Level.SEVERE,
                        "io.routehandlers.stream",
                        true,
                        "RH-161 Route /items/[slug]: the stream of handler com.acme.Items#get(RouteContext) failed; its answer was ended where it was (its status was sent)."
                                + "\n"
                                + "  Fix: handle the exception in the stream's body or publisher; the client sees a truncated answer."),
                new Case(
                        () -> RuntimeMessages.streamFailedAfterClientLeft(r, h, boom),
                        Level.FINE,
                        "io.routehandlers.stream",
                        true,
                        "RH-162 Route /items/[slug]: the stream of handler com.acme.Items#get(RouteContext) failed after its client left."),
                new Case(
                        () -> RuntimeMessages.streamClientLeft(r, h, boom),
                        Level.FINE,
                        "io.routehandlers.stream",
                        true,
                        "RH-163 Route /items/[slug]: the client of handler com.acme.Items#get(RouteContext)'s stream went away; closed it."),
                new Case(
                        () -> RuntimeMessages.onCloseFailed(r, h, boom),
                        Level.WARNING,
                        "io.routehandlers.stream",
                        true,
                        "RH-164 Route /items/[slug]: an onClose callback of handler com.acme.Items#get(RouteContext) failed; the others still run."
                                + "\n" + "  Fix: handle the exception in the callback."),
                new Case(
                        () -> RuntimeMessages.openApiReaderAndFilter("com.acme.Reader", "com.acme.Filter"),
                        Level.WARNING,
                        "io.routehandlers.integration",
                        false,
                        "RH-170 The application names its own OpenAPI model reader (com.acme.Reader) and filter (com.acme.Filter), so the routes are not in its OpenAPI document."
                                + "\n"
                                + "  Fix: drop one of the two keys, and the extension's reader or filter adds them (docs/openapi.md)."),
                new Case(
                        () -> RuntimeMessages.routeNotInOpenApi(r, boom),
                        Level.WARNING,
                        "io.routehandlers.integration",
                        true,
                        "RH-171 Route /items/[slug] could not be added to the OpenAPI document; the others are in it."
                                + "\n"
                                + "  Fix: a failure here is a defect of routehandlers: report it with this stack trace."),
                new Case(
                        () -> RuntimeMessages.routesNotInOpenApi(boom),
                        Level.WARNING,
                        "io.routehandlers.integration",
                        true,
                        "RH-172 The routes could not be added to the OpenAPI document." + "\n"
                                + "  Fix: a failure here is a defect of routehandlers: report it with this stack trace."),
                new Case(
                        () -> RuntimeMessages.noValidator(boom),
                        Level.WARNING,
                        "io.routehandlers.integration",
                        true,
                        "RH-173 The Jakarta Validation API is visible, but no validator could be built (java.lang.IllegalStateException: boom): JSON bodies are not validated."
                                + "\n"
                                + "  Fix: add a provider (Hibernate Validator and an EL implementation) or remove the API."),
                new Case(
                        () -> RuntimeMessages.noTelemetry(boom),
                        Level.INFO,
                        "io.routehandlers.integration",
                        false,
                        "RH-174 The OpenTelemetry API is visible, but MicroProfile Telemetry provides no OpenTelemetry bean (java.lang.IllegalStateException: boom): route requests carry no route in traces."
                                + "\n"
                                + "  Fix: enable the server's MicroProfile Telemetry feature, and do not package opentelemetry-api in the WAR."),
                new Case(
                        () -> RuntimeMessages.healthUnavailable(boom),
                        Level.WARNING,
                        "io.routehandlers.integration",
                        true,
                        "RH-178 MicroProfile Health is visible, but the routehandlers readiness check could not be added (java.lang.IllegalStateException: boom): load balancers do not see the routes' state."
                                + "\n"
                                + "  Fix: do not package microprofile-health-api in the WAR; the server's MicroProfile Health feature brings it."),
                new Case(
                        () -> RuntimeMessages.cachedValueNotWritten("com.acme.Catalogue#products(String)", boom),
                        Level.WARNING,
                        "io.routehandlers.cache",
                        true,
                        "RH-175 @Cached method com.acme.Catalogue#products(String): its value could not be written as JSON (java.lang.IllegalStateException: boom); it is returned, and not cached."
                                + "\n"
                                + "  Fix: return values of the declared type itself (a subclass or a proxy of it is not what the cache reads back), whose components JSON-B can write."),
                new Case(
                        () -> RuntimeMessages.cachedValueNotRead("com.acme.Catalogue#products(String)", "@k", boom),
                        Level.WARNING,
                        "io.routehandlers.cache",
                        true,
                        "RH-176 @Cached method com.acme.Catalogue#products(String): the stored value at @k could not be read (java.lang.IllegalStateException: boom); computing it again."
                                + "\n"
                                + "  Fix: none if it follows a change of the value's type without a change of its shape (a JSON-B annotation); otherwise see the failure below."),
                new Case(
                        RuntimeMessages::draftKeyOfItsOwn,
                        Level.INFO,
                        "io.routehandlers.cache",
                        false,
                        "RH-177 Draft mode was enabled with a signing key of this server's own: the draft cookie works only on this server, and only until it restarts."
                                + "\n"
                                + "  Fix: set routehandlers.draft.secret (at least 32 characters, the same on every server) where clients may reach several servers."),
                new Case(
                        () -> RuntimeMessages.socketListenerFailed(ROUTE, "onText", boom),
                        Level.WARNING,
                        "io.routehandlers.socket",
                        true,
                        "RH-180 Route " + ROUTE
                                + ": the socket listener's onText threw java.lang.IllegalStateException: boom; the socket is closed with 1011."
                                + "\n"
                                + "  Fix: catch what the listener can handle itself; close the socket with a code of your own (3000-4999) to tell the client why."),
                new Case(
                        () -> RuntimeMessages.upgradeFailed(ROUTE, boom),
                        Level.SEVERE,
                        "io.routehandlers.socket",
                        true,
                        "RH-181 Route " + ROUTE
                                + ": the server's WebSocket container did not upgrade the request (java.lang.IllegalStateException: boom); it was answered 500."
                                + "\n"
                                + "  Fix: enable Jakarta WebSocket 2.1 on the server (Open Liberty feature websocket-2.1, or websocket-2.2 on Jakarta EE 11; WildFly and Payara have it in their standard profiles)."),
                new Case(
                        () -> RuntimeMessages.socketClosed(
                                ROUTE, "7f3a", 1009, "Message too big: more than 1024 bytes"),
                        Level.FINE,
                        "io.routehandlers.socket",
                        false,
                        "RH-182 Route " + ROUTE
                                + ": socket 7f3a closed with 1009: Message too big: more than 1024 bytes."));
    }

    private static Set<String> ids() {
        return cases().stream().map(c -> c.text().substring(0, 6)).collect(Collectors.toCollection(TreeSet::new));
    }

    @TestFactory
    Stream<DynamicTest> everyMessageHasItsIdLevelLoggerAndWholeText() {
        return cases().stream()
                .map(c -> DynamicTest.dynamicTest(c.text().substring(0, 6), () -> {
                    int earlier = logged.records().size();
                    c.call().run();
                    List<LogRecord> records = logged.records();
                    assertThat(records).hasSize(earlier + 1);
                    LogRecord record = records.get(earlier);
                    assertThat(record.getMessage()).isEqualTo(c.text());
                    assertThat(record.getLevel()).isEqualTo(c.level());
                    assertThat(record.getLoggerName()).isEqualTo(c.logger());
                    assertThat(record.getThrown()).as("the failure attached").isEqualTo(c.thrown() ? BOOM : null);
                    assertThat(record.getSourceClassName())
                            .as("the source is the class that asked, not the catalogue")
                            .isEqualTo(RuntimeMessagesTest.class.getName());
                }));
    }

    @Test
    void aMessageIsNotBuiltWhenItsLoggerDoesNotPublishItsLevel() {
        extension.setLevel(Level.INFO);
        RuntimeMessages.clientLeft(ROUTE, "before its answer", BOOM);
        assertThat(logged.records()).isEmpty();
    }

    @Test
    void everyMessageOfTheCatalogueIsCheckedAndHasAnIdOfItsOwn() {
        long messages = Arrays.stream(RuntimeMessages.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .count();
        assertThat(ids()).as("one id per message, each message called above").hasSize((int) messages);
    }

    @Test
    void theDocsListEveryIdAndNoOther() throws IOException {
        String docs = Files.readString(Path.of("../docs/runtime-messages.md"));
        Set<String> listed = Pattern.compile("^\\| (RH-1\\d\\d) \\|.*$", Pattern.MULTILINE)
                .matcher(docs)
                .results()
                .filter(row -> !row.group().contains("routehandlers-jcache")) // that module's own lines
                .map(row -> row.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).isEqualTo(ids());
    }
}
