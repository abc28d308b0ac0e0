package io.routehandlers.internal.pipeline;

import io.routehandlers.BadRequestException;
import io.routehandlers.BodyTooLargeException;
import io.routehandlers.EventStream;
import io.routehandlers.NavigationException;
import io.routehandlers.ResponseCookie;
import io.routehandlers.ResponseStream;
import io.routehandlers.RouteResponse;
import io.routehandlers.SocketListener;
import io.routehandlers.internal.call.DynamicUsageException;
import io.routehandlers.internal.cookies.CookieJar;
import io.routehandlers.internal.cookies.SetCookie;
import io.routehandlers.internal.exchange.Answer;
import io.routehandlers.internal.http.HeaderValidation;
import io.routehandlers.internal.http.MediaTypes;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.metadata.MetadataKind;
import io.routehandlers.internal.metadata.MetadataWriter;
import io.routehandlers.internal.metadata.SitemapIndex;
import io.routehandlers.internal.socket.Sockets;
import io.routehandlers.internal.stream.LiveStream;
import io.routehandlers.internal.stream.Streams;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.awt.image.RenderedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;

/**
 * Turns what a handler returned, or threw, into the {@link Answer} the adapter writes (S-3.4, S-3.5, S-4.2, S-4.3):
 * every entity kind is written here, JSON through JSON-B, without Jakarta REST's message body writers.
 */
final class Answers {

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final JsonBinding jsonb;
    private final Streams streams;
    private final Sockets sockets;
    private final ExceptionMapping mapping;
    private final boolean problemDetails;

    Answers(JsonBinding jsonb, Streams streams, Sockets sockets, ExceptionMapping mapping, boolean problemDetails) {
        this.jsonb = jsonb;
        this.streams = streams;
        this.sockets = sockets;
        this.mapping = mapping;
        this.problemDetails = problemDetails;
    }

    /** The answer of a handler's result; {@code null} is a 500 with a logged message naming the handler. */
    Answer of(Call call, Object result, Instant now) {
        if (result == null) {
            RuntimeMessages.handlerReturnedNull(call.route(), call.handler().signature());
            return Answer.empty(500);
        }
        if (result instanceof RouteResponse response) {
            return of(call, response, now);
        }
        if (call.handler().socket()) {
            // S-17.1: the upgrade, which the adapter completes with the server's WebSocket container. The listener may
            // keep the handler's request: from now on it reads a copy of its head, never the server's recycled request.
            call.request().outliveAnswer();
            return new Answer(
                    101,
                    List.of(),
                    new Answer.Body.Upgrade(sockets.connection(
                            (SocketListener) result,
                            call.definition().settings().socket(),
                            call.route())));
        }
        if (result instanceof Flow.Publisher<?> publisher) {
            Streams.Items items = Streams.Items.of(call.handler().method().getGenericReturnType());
            return live(
                    items.contentType(),
                    streams.publisher(call.route(), call.handler().signature(), publisher, items, jsonb::line),
                    items == Streams.Items.EVENTS);
        }
        if (result instanceof Response response) {
            return of(call, response);
        }
        Optional<String> declared = call.handler().variant().contentType();
        if (result instanceof String text) {
            return ok(
                    declared.map(type -> type.startsWith("text/") ? type + ";charset=UTF-8" : type)
                            .orElse(RouteResponse.TEXT_PLAIN_UTF8),
                    new Answer.Body.Bytes(text.getBytes(StandardCharsets.UTF_8)));
        }
        if (result instanceof byte[] bytes) {
            return ok(declared.orElse(OCTET_STREAM), new Answer.Body.Bytes(bytes));
        }
        if (result instanceof InputStream stream) {
            return ok(declared.orElse(OCTET_STREAM), new Answer.Body.Stream(stream));
        }
        if (result instanceof SitemapIndex index) {
            return metadata(
                    MetadataKind.SITEMAP,
                    MetadataWriter.sitemapIndex(index.urls()).getBytes(StandardCharsets.UTF_8));
        }
        Optional<MetadataKind> metadata = MetadataKind.ofValue(result);
        if (metadata.isPresent()) {
            return metadata(metadata.get(), MetadataWriter.write(metadata.get(), result));
        }
        // A handler that produces one JSON type (application/problem+json, application/vnd.acme+json) names it.
        return ok(declared.filter(Answers::isJsonType).orElse(RouteResponse.APPLICATION_JSON), json(result));
    }

    private static boolean isJsonType(String type) {
        return type.endsWith("/json") || type.endsWith("+json");
    }

    /**
     * A metadata answer with its kind's content type. Its {@code Cache-Control} is the cache's to add, for the
     * answers it stores (S-9.6): one built from a request's data is not for shared caches.
     */
    private static Answer metadata(MetadataKind kind, byte[] bytes) {
        return ok(kind.contentType(), new Answer.Body.Bytes(bytes));
    }

    private static Answer ok(String contentType, Answer.Body body) {
        return new Answer(200, List.of(Map.entry("Content-Type", contentType)), body);
    }

    /**
     * A streamed answer (S-11.1, S-11.2): {@code 200}, the media type, and {@code Cache-Control: no-cache} for
     * events, which no cache may hold back.
     */
    private static Answer live(String contentType, LiveStream stream, boolean events) {
        List<Map.Entry<String, String>> headers = new ArrayList<>(2);
        headers.add(Map.entry("Content-Type", contentType));
        if (events) {
            headers.add(Map.entry("Cache-Control", "no-cache"));
        }
        return new Answer(200, headers, new Answer.Body.Live(stream));
    }

    private Answer of(Call call, RouteResponse response, Instant now) {
        List<Map.Entry<String, String>> headers =
                new ArrayList<>(response.headers().size() + 3);
        Answer.Body body = response.body()
                .map(value -> {
                    if (value instanceof ResponseStream.Body stream) {
                        return (Answer.Body) new Answer.Body.Live(
                                streams.body(call.route(), call.handler().signature(), stream));
                    }
                    if (value instanceof EventStream.Body events) {
                        if (response.headers().stream()
                                .noneMatch(h -> h.getKey().equalsIgnoreCase("Cache-Control"))) {
                            headers.add(Map.entry("Cache-Control", "no-cache"));
                        }
                        return new Answer.Body.Live(
                                streams.events(call.route(), call.handler().signature(), events));
                    }
                    if (value instanceof String text && !isJson(response)) {
                        return (Answer.Body) new Answer.Body.Bytes(text.getBytes(StandardCharsets.UTF_8));
                    }
                    String type = response.contentType().orElse("");
                    if (value instanceof RenderedImage image && type.startsWith("image/")) {
                        return new Answer.Body.Bytes(MetadataWriter.image(image, type.substring("image/".length())));
                    }
                    return json(value);
                })
                .orElse(Answer.Body.EMPTY);
        response.contentType().ifPresent(type -> headers.add(Map.entry("Content-Type", type)));
        headers.addAll(response.headers());
        for (ResponseCookie cookie : response.cookies()) {
            headers.add(Map.entry("Set-Cookie", SetCookie.format(cookie, now)));
        }
        return new Answer(response.statusCode(), headers, body);
    }

    private static boolean isJson(RouteResponse response) {
        return response.contentType()
                .filter(RouteResponse.APPLICATION_JSON::equals)
                .isPresent();
    }

    /**
     * A Jakarta REST {@code Response}: its status and headers, and an entity of {@code byte[]}, {@code String},
     * {@code InputStream}, {@code StreamingOutput} or, with a JSON media type or none, any object through JSON-B.
     * Another entity would need a Jakarta REST message body writer, which routes do not run: a 500, logged with what
     * to return instead. So is a header value a server would put on the wire unchecked.
     */
    private Answer of(Call call, Response response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> header :
                response.getStringHeaders().entrySet()) {
            for (String value : header.getValue()) {
                if (!HeaderValidation.isToken(header.getKey())
                        || value == null
                        || !HeaderValidation.isSafeValue(value)) {
                    RuntimeMessages.unsendableHeader(
                            call.route(), call.handler().signature(), header.getKey());
                    return Answer.empty(500);
                }
                headers.add(Map.entry(header.getKey(), value));
            }
        }
        Object entity = response.getEntity();
        if (entity instanceof GenericEntity<?> generic) {
            entity = generic.getEntity();
        }
        MediaType type = response.getMediaType();
        Answer.Body body;
        String defaultType;
        if (entity == null) {
            return new Answer(response.getStatus(), headers, Answer.Body.EMPTY);
        } else if (entity instanceof byte[] bytes) {
            body = new Answer.Body.Bytes(bytes);
            defaultType = OCTET_STREAM;
        } else if (entity instanceof String text) {
            body = new Answer.Body.Bytes(text.getBytes(MediaTypes.charset(type)));
            defaultType = RouteResponse.TEXT_PLAIN_UTF8;
        } else if (entity instanceof InputStream stream) {
            body = new Answer.Body.Stream(stream);
            defaultType = OCTET_STREAM;
        } else if (entity instanceof StreamingOutput output) {
            body = new Answer.Body.Output(output::write);
            defaultType = OCTET_STREAM;
        } else if (type == null || isJson(type)) {
            body = json(entity);
            defaultType = RouteResponse.APPLICATION_JSON;
        } else {
            RuntimeMessages.unwritableEntity(
                    call.route(), call.handler().signature(), entity.getClass().getName(), type.toString());
            return Answer.empty(500);
        }
        if (type == null) {
            headers.add(Map.entry("Content-Type", defaultType));
        }
        return new Answer(response.getStatus(), headers, body);
    }

    private static boolean isJson(MediaType type) {
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    /**
     * RFC 9457 problem details, in the specification's member order: of a validation failure with its violations
     * (S-13.5), or of the extension's own error answers when the application asks for them (S-15.5), with the
     * request's path as {@code instance}. Members that are {@code null} are left out.
     */
    @JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "violations"})
    public record Problem(
            String type, String title, int status, String detail, String instance, List<Violation> violations) {}

    /** One violation of a {@link Problem}. */
    @JsonbPropertyOrder({"field", "message"})
    public record Violation(String field, String message) {}

    private Answer problem(Call call, InvalidBodyException invalid) {
        List<Violation> violations = invalid.violations().stream()
                .map(v -> new Violation(v.field(), v.message()))
                .toList();
        String instance = problemDetails ? call.request().path() : null;
        return new Answer(
                400,
                List.of(Map.entry("Content-Type", PROBLEM_JSON)),
                new Answer.Body.Bytes(jsonb.fixed()
                        .toJson(new Problem("about:blank", "Bad Request", 400, null, instance, violations))
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The answer as problem details (S-15.5), when the application asks for them and it is one of the extension's own
     * error answers without a body ({@code 404} of {@code notFound()}, {@code 405}, a failure's {@code 500}); any
     * other answer as it is. A {@code HEAD} answer gets the headers and the length of the body it leaves out.
     *
     * @param instance the request's path, with the context root
     */
    Answer described(Answer answer, String instance) {
        if (!problemDetails || !answer.own() || answer.status() < 400) {
            return answer;
        }
        String detail = null;
        if (answer.header("Content-Type").isPresent()) {
            // An answer of Answer.explained: its text is the detail.
            if (!(answer.body() instanceof Answer.Body.Bytes text)
                    || !answer.header("Content-Type").get().startsWith("text/plain")) {
                return answer;
            }
            detail = new String(text.bytes(), StandardCharsets.UTF_8);
        } else if (answer.body().length().orElse(-1) != 0) {
            return answer;
        }
        byte[] body = jsonb.fixed()
                .toJson(new Problem("about:blank", title(answer.status()), answer.status(), detail, instance, null))
                .getBytes(StandardCharsets.UTF_8);
        List<Map.Entry<String, String>> headers =
                new ArrayList<>(answer.headers().size() + 1);
        for (Map.Entry<String, String> header : answer.headers()) {
            if (!header.getKey().equalsIgnoreCase("Content-Type")) {
                headers.add(header);
            }
        }
        headers.add(Map.entry("Content-Type", PROBLEM_JSON));
        Answer.Body described = answer.body() instanceof Answer.Body.Omitted
                ? new Answer.Body.Omitted(OptionalLong.of(body.length))
                : new Answer.Body.Bytes(body);
        return new Answer(answer.status(), headers, described);
    }

    /** The reason phrase of a status (RFC 9110), the {@code title} of its problem details. */
    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }

    private Answer.Body json(Object value) {
        return new Answer.Body.Bytes(jsonb.of(value.getClass()).toJson(value).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The answer of a handler (or a filter) that threw: a navigation, a Jakarta REST {@code WebApplicationException},
     * a request it could not read (400, 413), what the application's exception mapper answers (S-15.4), or an
     * unexpected failure (an empty 500; the log names the route, the caller and the exception, and nothing of it
     * reaches the client).
     */
    Answer failed(Call call, Throwable thrown, Instant now) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof NavigationException navigation) {
            return navigate(call, navigation);
        }
        if (failure instanceof WebApplicationException web) {
            return of(call, web.getResponse());
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return Answer.empty(413).header("Connection", "close");
            }
            if (cause instanceof InvalidBodyException invalid) {
                return problem(call, invalid);
            }
            if (cause instanceof BadRequestException bad) {
                RuntimeMessages.badRequest(call.route(), call.caller(), bad.getMessage());
                return Answer.empty(400);
            }
        }
        if (failure instanceof DynamicUsageException) {
            RuntimeMessages.dynamicUsage(failure.getMessage());
            return Answer.empty(500);
        }
        if (mapping.maps(failure)) {
            return mapped(call, failure, now);
        }
        return unexpected(call, failure);
    }

    /** An unexpected failure: an empty 500, logged with the route, the caller and the exception (RH-111). */
    Answer unexpected(Call call, Throwable failure) {
        RuntimeMessages.handlerFailed(call.route(), call.caller(), failure);
        return Answer.empty(500);
    }

    /** The answer of the application's mapper of an exception; an empty 500 when it fails or answers nothing. */
    private Answer mapped(Call call, Throwable failure, Instant now) {
        try {
            ExceptionMapping.Mapped mapped = mapping.map(failure).orElseThrow();
            Answer answer;
            if (mapped.response() instanceof RouteResponse response) {
                answer = of(call, response, now);
            } else if (mapped.response() instanceof Response response) {
                answer = of(call, response);
            } else {
                RuntimeMessages.mapperFailed(call.route(), mapped.mapper(), failure, null);
                return Answer.empty(500);
            }
            RuntimeMessages.mapped(call.route(), call.caller(), mapped.mapper(), failure);
            return answer;
        } catch (RuntimeException | Error e) {
            // The mapper threw, or its answer cannot be written: never mapped again.
            RuntimeMessages.mapperFailed(call.route(), mapping.name(failure), failure, e);
            return Answer.empty(500);
        }
    }

    /**
     * Whether a failure is answered as the handler's own answer, with the cookies it set: a navigation, a Jakarta
     * REST response, or an exception a mapper maps.
     */
    boolean isAnswer(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof NavigationException || failure instanceof WebApplicationException) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException
                    || cause instanceof InvalidBodyException
                    || cause instanceof BadRequestException) {
                return false;
            }
        }
        return !(failure instanceof DynamicUsageException) && mapping.maps(failure);
    }

    static Throwable unwrap(Throwable thrown) {
        Throwable failure = thrown;
        while ((failure instanceof CompletionException || failure instanceof ExecutionException)
                && failure.getCause() != null) {
            failure = failure.getCause();
        }
        return failure;
    }

    private static Answer navigate(Call call, NavigationException navigation) {
        return switch (navigation.kind()) {
            case NOT_FOUND -> Answer.empty(404);
            case FORBIDDEN -> Answer.empty(403);
            case UNAUTHORIZED -> Answer.empty(401);
            case REDIRECT, PERMANENT_REDIRECT -> {
                boolean formPost =
                        call.request().method().equals("POST") && call.request().hasFormBody();
                int status = formPost ? 303 : navigation.kind() == NavigationException.Kind.REDIRECT ? 307 : 308;
                yield Answer.empty(status)
                        .header("Location", navigation.location().orElseThrow());
            }
        };
    }

    /** Adds a {@code Set-Cookie} per cookie written through the store, unless the answer sets that name itself. */
    static Answer withCookies(Answer answer, CookieJar jar, Instant now) {
        if (jar == null || !jar.hasWrites()) {
            return answer;
        }
        Set<String> own = new HashSet<>();
        for (Map.Entry<String, String> header : answer.headers()) {
            if (header.getKey().equalsIgnoreCase("Set-Cookie")) {
                own.add(SetCookie.name(header.getValue()));
            }
        }
        return answer.headers(jar.setCookieHeaders(own, now).stream()
                .map(value -> Map.entry("Set-Cookie", value))
                .toList());
    }
}
