package io.routehandlers.internal.openapi;

import io.routehandlers.Param;
import io.routehandlers.RouteResponse;
import io.routehandlers.internal.log.RuntimeMessages;
import io.routehandlers.internal.metadata.MetadataKind;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import io.routehandlers.internal.scan.RouteTable;
import io.routehandlers.internal.scan.Split;
import io.routehandlers.internal.stream.Streams;
import io.routehandlers.internal.tree.RoutePath;
import io.routehandlers.internal.tree.Segment;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The routes as OpenAPI paths (S-13.1): each route's template ({@code /items/{slug}}; a catch-all as one
 * parameter marked {@code x-routehandlers-catch-all}, an optional one as two paths), one operation per declared
 * handler, its path parameters, a {@code 200} response with the schema of the handler's return type
 * ({@link JsonSchemas}), and the MicroProfile OpenAPI annotations of the handler ({@code @Operation}, {@code @Tag},
 * {@code @APIResponse}, {@code @Parameter}). Paths the document has already are left alone. Never throws: a failure
 * is logged, and the document keeps what it had.
 */
final class RouteDocument {

    /** The extension that marks a path parameter matching one or more segments. */
    static final String CATCH_ALL = "x-routehandlers-catch-all";
    /** The extension of an operation whose handlers answer API versions (S-18.2): the versions, such as {@code 2+}. */
    static final String API_VERSIONS = "x-api-versions";
    /** The extension of an operation the extension answers for every route: an automatic HEAD or OPTIONS (S-2.3). */
    static final String AUTOMATIC = "x-routehandlers-automatic";

    /** The order of operations in a path: every run of the reader writes the same document. */
    private static final List<String> METHOD_ORDER =
            List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private RouteDocument() {}

    /**
     * What describing the routes of one document shares: its named schemas, whether refusals are problem details
     * (S-15.5), the operation ids it has, which must be unique, and the class files of handlers, each read once.
     */
    record Describing(
            JsonSchemas schemas,
            boolean problemDetails,
            Set<String> operationIds,
            Map<Class<?>, Optional<HandlerReads.ClassFile>> classFiles) {

        /** An id no other operation of the document has: {@code id}, or {@code id2}, {@code id3}... */
        String unique(String id) {
            String unique = id;
            for (int i = 2; !operationIds.add(unique); i++) {
                unique = id + i;
            }
            return unique;
        }
    }

    /** Adds every route of the application to a document. */
    static void addRoutes(OpenAPI model) {
        Optional<RouteTable> table = DeployedRoutes.table();
        if (table.isEmpty()) {
            return;
        }
        try {
            Paths paths = model.getPaths();
            if (paths == null) {
                paths = OASFactory.createPaths();
                model.setPaths(paths);
            }
            Components components = model.getComponents();
            Map<String, Schema> own = components == null ? null : components.getSchemas();
            JsonSchemas schemas = new JsonSchemas(DeployedRoutes.naming(), own == null ? Set.of() : own.keySet());
            Set<String> operationIds = new HashSet<>(); // those of the application's own resources too
            if (paths.getPathItems() != null) {
                for (PathItem item : paths.getPathItems().values()) {
                    if (item.getOperations() != null) {
                        item.getOperations().values().stream()
                                .map(org.eclipse.microprofile.openapi.models.Operation::getOperationId)
                                .filter(java.util.Objects::nonNull)
                                .forEach(operationIds::add);
                    }
                }
            }
            Describing doc = new Describing(
                    schemas, table.get().settings().problemDetails(), operationIds, new java.util.HashMap<>());
            for (RouteDefinition route : table.get().routes()) {
                int mark = schemas.mark();
                try {
                    boolean added = false;
                    for (Map.Entry<String, PathItem> entry :
                            pathItems(route, doc).entrySet()) {
                        if (!paths.hasPathItem(entry.getKey())) {
                            paths.addPathItem(entry.getKey(), entry.getValue());
                            added = true;
                        }
                    }
                    if (!added) {
                        schemas.forget(mark); // described already (by the reader, seen again by the filter)
                    }
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    // A type that grows without end (Node<Z> holding a Node<List<Z>>) overflows the stack.
                    schemas.forget(mark);
                    RuntimeMessages.routeNotInOpenApi(route.path().declared(), e);
                }
            }
            if (!schemas.components().isEmpty()) {
                if (components == null) {
                    components = OASFactory.createComponents();
                    model.setComponents(components);
                }
                schemas.components().forEach(components::addSchema);
            }
        } catch (RuntimeException | LinkageError e) {
            RuntimeMessages.routesNotInOpenApi(e);
        }
    }

    /**
     * A route's path items: one, or two for an optional catch-all (without and with its segments). A split
     * metadata route (S-9.2, S-9.5) is its index at the declared path and its files at {@code .../{id}.xml}.
     */
    static Map<String, PathItem> pathItems(RouteDefinition route, Describing doc) {
        Map<String, PathItem> items = new LinkedHashMap<>();
        Split split = route.split();
        if (split != null) {
            // The files at .../{id}.xml, whose path ends in the param [id]; the index at the declared path.
            boolean child = split.role() == Split.Role.CHILD;
            putIfOperations(
                    items,
                    child
                            ? split.childTemplate().replace("<id>", "{id}")
                            : split.declared().url(),
                    pathItem(route, doc, true));
            return items;
        }
        List<Segment> segments = route.path().segments();
        boolean optionalTail =
                !segments.isEmpty() && segments.get(segments.size() - 1) instanceof Segment.OptionalCatchAll;
        if (optionalTail) {
            putIfOperations(
                    items, RoutePath.template(segments.subList(0, segments.size() - 1)), pathItem(route, doc, false));
        }
        putIfOperations(items, route.path().template(), pathItem(route, doc, true));
        return items;
    }

    /** A path item with at least one operation: a route whose handlers are all hidden has none. */
    private static void putIfOperations(Map<String, PathItem> items, String path, PathItem item) {
        if (item.getOperations() != null && !item.getOperations().isEmpty()) {
            items.put(path, item);
        }
    }

    private static PathItem pathItem(RouteDefinition route, Describing doc, boolean withTail) {
        PathItem item = OASFactory.createPathItem();
        List<Segment> segments = route.path().segments();
        Segment last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
        if (withTail && last != null && last.isCatchAll()) {
            item.addExtension(CATCH_ALL, true);
        }
        Map<String, org.eclipse.microprofile.openapi.models.Operation> byMethod = new LinkedHashMap<>();
        List<Handler> handlers = new ArrayList<>(route.all());
        handlers.sort(Comparator.comparingInt(h -> METHOD_ORDER.indexOf(h.httpMethod()))); // the same every run
        for (Handler handler : handlers) {
            if (handler.socket() || handler.httpMethod().equals("QUERY")) {
                // OpenAPI 3.0 and 3.1, which MicroProfile OpenAPI models, have neither WebSocket nor QUERY operations
                // (docs/websockets.md, S-18.3).
                continue;
            }
            Operation hidden = handler.method().getAnnotation(Operation.class);
            if (hidden != null && hidden.hidden()) {
                continue;
            }
            org.eclipse.microprofile.openapi.models.Operation earlier = byMethod.get(handler.httpMethod());
            // A variant's operation is merged into the first one's: it takes no id of its own.
            org.eclipse.microprofile.openapi.models.Operation operation =
                    operation(route, handler, doc, withTail, earlier == null);
            if (earlier != null) {
                variant(earlier, operation); // one operation per method: its variants are its content types
                continue;
            }
            if (operation != null) {
                byMethod.put(handler.httpMethod(), operation);
                set(item, handler.httpMethod(), operation);
            }
        }
        if (!byMethod.isEmpty()) {
            automatic(item, route, byMethod, doc);
        }
        return item;
    }

    /**
     * The methods of the route's {@code Allow} that it does not declare (S-2.3), marked
     * {@code x-routehandlers-automatic}: {@code HEAD} beside a {@code GET} (its headers, no body) and {@code OPTIONS}
     * ({@code 204} with {@code Allow}); the {@code OPTIONS} answer says that other methods answer {@code 405}.
     */
    private static void automatic(
            PathItem item,
            RouteDefinition route,
            Map<String, org.eclipse.microprofile.openapi.models.Operation> declared,
            Describing doc) {
        org.eclipse.microprofile.openapi.models.Operation get = declared.get("GET");
        if (get != null && !route.handlers().containsKey("HEAD")) {
            org.eclipse.microprofile.openapi.models.Operation head = OASFactory.createOperation()
                    .summary(get.getSummary())
                    .description("The headers of the GET answer, without its body.")
                    .tags(get.getTags())
                    .parameters(get.getParameters() == null ? null : new ArrayList<>(get.getParameters()))
                    .responses(OASFactory.createAPIResponses()
                            .addAPIResponse(
                                    "200",
                                    OASFactory.createAPIResponse().description("The headers of the GET answer")));
            if (get.getOperationId() != null) {
                head.setOperationId(doc.unique(get.getOperationId() + "Head"));
            }
            head.addExtension(AUTOMATIC, true);
            item.setHEAD(head);
        }
        if (!route.handlers().containsKey("OPTIONS")) {
            String allow = route.allow();
            org.eclipse.microprofile.openapi.models.Operation first =
                    declared.values().iterator().next();
            List<org.eclipse.microprofile.openapi.models.parameters.Parameter> path = first.getParameters() == null
                    ? List.of()
                    : first.getParameters().stream()
                            .filter(p ->
                                    p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH)
                            .toList();
            org.eclipse.microprofile.openapi.models.Operation options = OASFactory.createOperation()
                    .description("The methods of this path, in Allow; any other method answers 405 with the same"
                            + " Allow. With Origin and Access-Control-Request-Method, a CORS preflight.")
                    .tags(first.getTags())
                    .parameters(path.isEmpty() ? null : new ArrayList<>(path))
                    .responses(OASFactory.createAPIResponses()
                            .addAPIResponse(
                                    "204",
                                    OASFactory.createAPIResponse()
                                            .description("The methods of this path: " + allow)
                                            .addHeader(
                                                    "Allow",
                                                    OASFactory.createHeader()
                                                            .description("The methods of this path")
                                                            .schema(JsonSchemas.typed(Schema.SchemaType.STRING)
                                                                    .example(allow)))));
            options.addExtension(AUTOMATIC, true);
            item.setOPTIONS(options);
        }
    }

    /**
     * Adds a variant of a method (S-18.1, S-18.2) to its operation: the media types it produces beside the others, and
     * its version in the operation's {@code x-api-versions}.
     */
    private static void variant(
            org.eclipse.microprofile.openapi.models.Operation operation,
            org.eclipse.microprofile.openapi.models.Operation variant) {
        if (variant == null) {
            return;
        }
        if (variant.getExtensions() != null && variant.getExtensions().get(API_VERSIONS) instanceof List<?> added) {
            List<String> versions = new ArrayList<>();
            if (operation.getExtensions() != null
                    && operation.getExtensions().get(API_VERSIONS) instanceof List<?> listed) {
                listed.forEach(v -> versions.add(String.valueOf(v)));
            }
            added.stream()
                    .map(String::valueOf)
                    .filter(v -> !versions.contains(v))
                    .forEach(versions::add);
            operation.addExtension(API_VERSIONS, versions);
        }
        Map<String, org.eclipse.microprofile.openapi.models.responses.APIResponse> answers =
                variant.getResponses().getAPIResponses();
        answers.forEach((code, answer) -> {
            org.eclipse.microprofile.openapi.models.responses.APIResponse own =
                    operation.getResponses().getAPIResponse(code);
            if (own == null) {
                operation.getResponses().addAPIResponse(code, answer);
            } else if (own.getContent() == null) {
                own.setContent(answer.getContent());
            } else if (answer.getContent() != null) {
                addMissing(own.getContent(), answer.getContent());
            }
        });
        if (variant.getRequestBody() != null) {
            if (operation.getRequestBody() == null) {
                operation.setRequestBody(variant.getRequestBody());
            } else {
                addMissing(
                        operation.getRequestBody().getContent(),
                        variant.getRequestBody().getContent());
            }
        }
        if (variant.getParameters() != null) {
            for (org.eclipse.microprofile.openapi.models.parameters.Parameter parameter : variant.getParameters()) {
                boolean known = operation.getParameters() != null
                        && operation.getParameters().stream()
                                .anyMatch(p -> p.getIn() == parameter.getIn()
                                        && (parameter.getIn()
                                                        == org.eclipse.microprofile.openapi.models.parameters.Parameter
                                                                .In.HEADER
                                                ? p.getName().equalsIgnoreCase(parameter.getName())
                                                : p.getName().equals(parameter.getName())));
                if (!known) {
                    operation.addParameter(parameter);
                }
            }
        }
    }

    /** Adds the media types of {@code from} that {@code to} has not. */
    private static void addMissing(Content to, Content from) {
        from.getMediaTypes().forEach((type, media) -> {
            if (!to.hasMediaType(type)) {
                to.addMediaType(type, media);
            }
        });
    }

    /** The version a handler answers, listed in its operation's {@code x-api-versions} ({@code 2}, {@code 2+}). */
    private static void versions(org.eclipse.microprofile.openapi.models.Operation operation, Handler handler) {
        if (!handler.variant().versioned()) {
            return;
        }
        String version = handler.variant().version() + (handler.variant().baseline() ? "+" : "");
        Object listed = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get(API_VERSIONS);
        List<String> versions = new ArrayList<>();
        if (listed instanceof List<?> list) {
            list.forEach(v -> versions.add(String.valueOf(v)));
        }
        if (!versions.contains(version)) {
            versions.add(version);
        }
        operation.addExtension(API_VERSIONS, versions);
    }

    private static void set(PathItem item, String method, org.eclipse.microprofile.openapi.models.Operation op) {
        switch (method) {
            case "GET" -> item.setGET(op);
            case "POST" -> item.setPOST(op);
            case "PUT" -> item.setPUT(op);
            case "PATCH" -> item.setPATCH(op);
            case "DELETE" -> item.setDELETE(op);
            case "HEAD" -> item.setHEAD(op);
            case "OPTIONS" -> item.setOPTIONS(op);
            default -> throw new IllegalArgumentException("No OpenAPI operation for " + method);
        }
    }

    /**
     * One handler's operation, or {@code null} when {@code @Operation(hidden = true)}; with its {@code @Operation} id when
     * {@code named} (not a variant merged into another handler's operation).
     */
    private static org.eclipse.microprofile.openapi.models.Operation operation(
            RouteDefinition route, Handler handler, Describing doc, boolean withTail, boolean named) {
        JsonSchemas schemas = doc.schemas();
        Method method = handler.method();
        Operation annotation = method.getAnnotation(Operation.class);
        if (annotation != null && annotation.hidden()) {
            return null;
        }
        org.eclipse.microprofile.openapi.models.Operation operation = OASFactory.createOperation();
        if (annotation != null) {
            operation.setSummary(blankToNull(annotation.summary()));
            operation.setDescription(blankToNull(annotation.description()));
            if (withTail && named) { // an optional catch-all's shorter path must not repeat the id, which is unique
                String id = blankToNull(annotation.operationId());
                operation.setOperationId(id == null ? null : doc.unique(id));
            }
        }
        for (Tag tag : tags(method)) {
            if (!tag.name().isBlank()) {
                operation.addTag(tag.name());
            }
        }
        Map<String, Parameter> documented = new LinkedHashMap<>();
        for (Parameter p : method.getAnnotationsByType(Parameter.class)) {
            documented.put(p.name(), p);
        }
        for (java.lang.reflect.Parameter p : method.getParameters()) {
            Parameter declared = p.getAnnotation(Parameter.class);
            Param bound = p.getAnnotation(Param.class);
            if (declared != null && (!declared.name().isBlank() || bound != null)) {
                documented.put(declared.name().isBlank() ? bound.value() : declared.name(), declared);
            }
        }
        for (Segment segment : route.path().segments()) {
            String name = segment.paramName();
            if (name == null || (!withTail && segment instanceof Segment.OptionalCatchAll)) {
                continue;
            }
            org.eclipse.microprofile.openapi.models.parameters.Parameter parameter = OASFactory.createParameter()
                    .name(name)
                    .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH)
                    .required(true)
                    .schema(schemas.of(String.class)); // a segment, or for a catch-all the segments joined by /
            Parameter described = documented.get(name);
            if (described != null) {
                parameter.setDescription(blankToNull(described.description()));
            }
            if (segment.isCatchAll()) {
                parameter.setDescription(Optional.ofNullable(parameter.getDescription())
                        .orElse("One or more path segments, joined by /"));
                parameter.addExtension(CATCH_ALL, true);
            }
            operation.addParameter(parameter);
        }
        HandlerReads reads = Inputs.addTo(operation, route, handler, schemas, doc.classFiles());
        APIResponses responses = responses(handler, method, schemas);
        Content body = operation.getRequestBody() == null
                ? null
                : operation.getRequestBody().getContent();
        Refusals.addTo(
                responses,
                route,
                handler,
                schemas,
                doc.problemDetails(),
                body != null,
                reads.body() == HandlerReads.Body.JSON); // json(Class) validates (S-13.5)
        operation.setResponses(responses);
        versions(operation, handler);
        return operation;
    }

    private static List<Tag> tags(Method method) {
        List<Tag> tags = new ArrayList<>(List.of(method.getAnnotationsByType(Tag.class)));
        if (tags.isEmpty()) {
            tags.addAll(List.of(method.getDeclaringClass().getAnnotationsByType(Tag.class)));
        }
        return tags;
    }

    /**
     * {@code 200} with the body's media type and schema, or the handler's own {@code @APIResponse}s (their
     * {@code content}, else for a {@code 2xx} the derived one) and {@code @APIResponseSchema}.
     */
    private static APIResponses responses(Handler handler, Method method, JsonSchemas schemas) {
        APIResponses responses = OASFactory.createAPIResponses();
        APIResponse[] declared = method.getAnnotationsByType(APIResponse.class);
        APIResponseSchema declaredSchema = method.getAnnotation(APIResponseSchema.class);
        Content content = content(handler, schemas);
        for (APIResponse response : declared) {
            String code = response.responseCode().isBlank() ? "default" : response.responseCode();
            org.eclipse.microprofile.openapi.models.responses.APIResponse model =
                    OASFactory.createAPIResponse().description(response.description());
            if (response.content().length > 0) {
                Content own = OASFactory.createContent();
                for (org.eclipse.microprofile.openapi.annotations.media.Content c : response.content()) {
                    own.addMediaType(
                            c.mediaType().isBlank() ? RouteResponse.APPLICATION_JSON : c.mediaType(),
                            OASFactory.createMediaType().schema(schemas.declared(c.schema(), Object.class)));
                }
                model.setContent(own);
            } else if (code.startsWith("2") && content != null) {
                model.setContent(content);
            }
            responses.addAPIResponse(code, model);
        }
        if (declaredSchema != null) {
            String code = declaredSchema.responseCode().isBlank() ? "200" : declaredSchema.responseCode();
            String description =
                    declaredSchema.responseDescription().isBlank() ? "OK" : declaredSchema.responseDescription();
            responses.addAPIResponse(
                    code,
                    OASFactory.createAPIResponse()
                            .description(description)
                            .content(media(RouteResponse.APPLICATION_JSON, schemas.of(declaredSchema.value()))));
        }
        if (declared.length == 0 && declaredSchema == null) {
            responses.addAPIResponse(
                    "200", OASFactory.createAPIResponse().description("OK").content(content));
        }
        return responses;
    }

    /** The body of a handler's answer, by its declared return type; none when the type says nothing (a response). */
    private static Content content(Handler handler, JsonSchemas schemas) {
        Type type = unwrap(handler.method().getGenericReturnType());
        Class<?> raw = JsonSchemas.raw(type);
        if (raw == null
                || raw == Object.class
                || raw == RouteResponse.class
                || raw == jakarta.ws.rs.core.Response.class) {
            return null;
        }
        if (handler.metadata().isPresent()) {
            MetadataKind kind = handler.metadata().get();
            return media(kind.contentType(), kind == MetadataKind.IMAGE ? schemas.binary() : schemas.of(String.class));
        }
        if (!handler.variant().produces().isEmpty()) {
            // A handler that declares what it produces writes each of those types itself (S-18.1).
            Schema schema = raw == String.class ? schemas.of(String.class) : schemas.of(type);
            Content declared = OASFactory.createContent();
            handler.variant()
                    .produces()
                    .forEach(produced -> declared.addMediaType(
                            produced.name(), OASFactory.createMediaType().schema(schema)));
            return declared;
        }
        if (Flow.Publisher.class.isAssignableFrom(raw)) {
            Streams.Items items = Streams.Items.of(handler.method().getGenericReturnType());
            Type item = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            Schema schema = items == Streams.Items.JSON_LINES ? schemas.of(item) : schemas.of(String.class);
            return media(items.contentType(), items == Streams.Items.BYTES ? schemas.binary() : schema);
        }
        if (raw == String.class) {
            return media(RouteResponse.TEXT_PLAIN_UTF8, schemas.of(String.class));
        }
        if (raw == byte[].class || java.io.InputStream.class.isAssignableFrom(raw)) {
            return media("application/octet-stream", schemas.binary());
        }
        return media(RouteResponse.APPLICATION_JSON, schemas.of(type));
    }

    private static Content media(String type, Schema schema) {
        return OASFactory.createContent()
                .addMediaType(type, OASFactory.createMediaType().schema(schema));
    }

    /** The value type of a {@code CompletionStage<T>} or {@code Optional<T>}. */
    private static Type unwrap(Type type) {
        if (type instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw
                && (CompletionStage.class.isAssignableFrom(raw) || raw == Optional.class)) {
            return unwrap(p.getActualTypeArguments()[0]);
        }
        return type;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
