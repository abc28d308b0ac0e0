package io.routehandlers.internal.openapi;

import io.routehandlers.CookieValue;
import io.routehandlers.HeaderValue;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBodySchema;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;

/**
 * What an operation takes besides its path (S-13.1): its query, header and cookie parameters and its request body,
 * from the handler's MicroProfile OpenAPI annotations ({@code @Parameter} with {@code in}, {@code @RequestBody},
 * {@code @RequestBodySchema}), which win, then from the route class's {@code @HeaderValue} and {@code @CookieValue}
 * injection points, then from what the handler reads ({@link HandlerReads}).
 */
final class Inputs {

    private static final List<String> FORM_TYPES = List.of("application/x-www-form-urlencoded", "multipart/form-data");

    /**
     * Headers OpenAPI describes elsewhere, so a header parameter of that name is ignored (OpenAPI 3.0, 4.7.12): the
     * media types of the body and answers, and the security schemes.
     */
    private static final Set<String> UNDOCUMENTED =
            Set.of(key(In.HEADER, "Accept"), key(In.HEADER, "Content-Type"), key(In.HEADER, "Authorization"));

    private Inputs() {}

    /**
     * Adds the parameters and body of a handler to its operation; answers what its code reads (its class file read
     * once per document: {@code classFiles}).
     */
    static HandlerReads addTo(
            Operation operation,
            RouteDefinition route,
            Handler handler,
            JsonSchemas schemas,
            Map<Class<?>, Optional<HandlerReads.ClassFile>> classFiles) {
        Method method = handler.method();
        HandlerReads reads = HandlerReads.of(method, classFiles);
        Map<String, org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters = new LinkedHashMap<>();
        Set<String> hidden = new HashSet<>();
        for (Parameter declared : method.getAnnotationsByType(Parameter.class)) {
            In in = in(declared.in());
            if (in == null || declared.name().isBlank()) {
                continue;
            }
            if (declared.hidden()) {
                hidden.add(key(in, declared.name()));
            } else {
                parameters.put(key(in, declared.name()), declared(declared, in, schemas));
            }
        }
        for (Field field : fields(route.type())) {
            HeaderValue header = field.getAnnotation(HeaderValue.class);
            CookieValue cookie = field.getAnnotation(CookieValue.class);
            if (header != null) {
                parameters.putIfAbsent(
                        key(In.HEADER, header.value()), injected(header.value(), In.HEADER, field, schemas));
            } else if (cookie != null) {
                parameters.putIfAbsent(
                        key(In.COOKIE, cookie.value()), injected(cookie.value(), In.COOKIE, field, schemas));
            }
        }
        read(parameters, reads.query(), In.QUERY, schemas);
        read(parameters, reads.headers(), In.HEADER, schemas);
        read(parameters, reads.cookies(), In.COOKIE, schemas);
        parameters.keySet().removeAll(hidden);
        parameters.keySet().removeAll(UNDOCUMENTED);
        parameters.values().forEach(operation::addParameter);
        body(handler, reads, schemas).ifPresent(operation::setRequestBody);
        return reads;
    }

    /** Header names are case-insensitive; query and cookie names are not. */
    private static String key(In in, String name) {
        return in + " " + (in == In.HEADER ? name.toLowerCase(java.util.Locale.ROOT) : name);
    }

    private static In in(ParameterIn in) {
        return switch (in) {
            case QUERY -> In.QUERY;
            case HEADER -> In.HEADER;
            case COOKIE -> In.COOKIE;
            default -> null; // path parameters come from the route's segments; DEFAULT says nothing
        };
    }

    private static org.eclipse.microprofile.openapi.models.parameters.Parameter declared(
            Parameter declared, In in, JsonSchemas schemas) {
        org.eclipse.microprofile.openapi.models.parameters.Parameter parameter = OASFactory.createParameter()
                .name(declared.name())
                .in(in)
                .schema(schemas.declared(declared.schema(), String.class));
        if (declared.required()) {
            parameter.setRequired(true);
        }
        if (!declared.description().isBlank()) {
            parameter.setDescription(declared.description());
        }
        if (declared.deprecated()) {
            parameter.setDeprecated(true);
        }
        if (!declared.example().isBlank()) {
            parameter.setExample(declared.example());
        }
        return parameter;
    }

    /**
     * A header or cookie the route class has injected: required when the injection point is a plain value (it fails
     * the request when absent), optional for an {@code Optional} or an {@code Instance}.
     */
    private static org.eclipse.microprofile.openapi.models.parameters.Parameter injected(
            String name, In in, Field field, JsonSchemas schemas) {
        Class<?> type = field.getType();
        boolean optional =
                type == Optional.class || jakarta.inject.Provider.class.isAssignableFrom(type); // Instance too
        org.eclipse.microprofile.openapi.models.parameters.Parameter parameter =
                OASFactory.createParameter().name(name).in(in).schema(schemas.of(String.class));
        if (!optional) {
            parameter.setRequired(true);
        }
        return parameter;
    }

    /** The names a handler asks for: optional strings, or arrays of them for those read with {@code getAll}. */
    private static void read(
            Map<String, org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters,
            Map<String, Boolean> names,
            In in,
            JsonSchemas schemas) {
        names.keySet().stream()
                .sorted()
                .forEach(name -> parameters.putIfAbsent(
                        key(in, name),
                        OASFactory.createParameter()
                                .name(name)
                                .in(in)
                                .schema(
                                        names.get(name)
                                                ? JsonSchemas.typed(Schema.SchemaType.ARRAY)
                                                        .items(schemas.of(String.class))
                                                : schemas.of(String.class))));
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(List.of(c.getDeclaredFields()));
        }
        return fields;
    }

    /** The request body: declared, else what the handler reads, in the media types it consumes (S-18.1). */
    private static Optional<org.eclipse.microprofile.openapi.models.parameters.RequestBody> body(
            Handler handler, HandlerReads reads, JsonSchemas schemas) {
        Method method = handler.method();
        RequestBody declared = method.getAnnotation(RequestBody.class);
        RequestBodySchema declaredSchema = method.getAnnotation(RequestBodySchema.class);
        List<String> consumed =
                handler.variant().consumes().stream().map(t -> t.name()).toList();
        Content content = OASFactory.createContent();
        boolean required = false;
        if (declared != null) {
            for (org.eclipse.microprofile.openapi.annotations.media.Content c : declared.content()) {
                String type = c.mediaType().isBlank() ? jsonOr(consumed) : c.mediaType();
                content.addMediaType(
                        type, OASFactory.createMediaType().schema(schemas.declared(c.schema(), Object.class)));
            }
            required = declared.required();
        }
        if (declaredSchema != null && isEmpty(content)) {
            Schema schema = schemas.of(declaredSchema.value());
            for (String type : consumed.isEmpty() ? List.of("application/json") : consumed) {
                content.addMediaType(type, OASFactory.createMediaType().schema(schema));
            }
            required = true;
        }
        if (isEmpty(content) && reads.readsBody()) { // nothing declared, or a @RequestBody without content
            Schema schema;
            List<String> types;
            switch (reads.body()) {
                case JSON -> {
                    schema = reads.bodyType() == null ? OASFactory.createSchema() : schemas.of(reads.bodyType());
                    types = List.of("application/json");
                    required = true;
                }
                case TEXT -> {
                    schema = schemas.of(String.class);
                    types = List.of("text/plain");
                }
                case BYTES -> {
                    schema = schemas.binary();
                    types = List.of("application/octet-stream");
                }
                default -> {
                    schema = JsonSchemas.typed(Schema.SchemaType.OBJECT);
                    for (String field :
                            reads.fields().keySet().stream().sorted().toList()) {
                        schema.addProperty(
                                field, reads.fields().get(field) ? schemas.binary() : schemas.of(String.class));
                    }
                    types = FORM_TYPES;
                }
            }
            for (String type : consumed.isEmpty() ? types : consumed) {
                content.addMediaType(type, OASFactory.createMediaType().schema(schema));
            }
        }
        if (isEmpty(content)) {
            return Optional.empty(); // a request body must say its content (OpenAPI 3.0, 4.7.13)
        }
        org.eclipse.microprofile.openapi.models.parameters.RequestBody body =
                OASFactory.createRequestBody().content(content);
        if (required) {
            body.setRequired(true);
        }
        if (declared != null && !declared.description().isBlank()) {
            body.setDescription(declared.description());
        }
        return Optional.of(body);
    }

    private static boolean isEmpty(Content content) {
        return content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
    }

    private static String jsonOr(List<String> consumed) {
        return consumed.isEmpty() ? "application/json" : consumed.get(0);
    }
}
