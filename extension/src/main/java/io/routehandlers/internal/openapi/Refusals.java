package io.routehandlers.internal.openapi;

import io.routehandlers.internal.scan.Access;
import io.routehandlers.internal.scan.Handler;
import io.routehandlers.internal.scan.RouteDefinition;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The answers an operation gives when the extension refuses a request (S-13.1), beside its handler's own: {@code 400}
 * and {@code 413} for a handler that reads a body (the {@code 400} of a JSON body's broken constraints is always
 * problem details with {@code violations}, S-13.5), {@code 401} and {@code 403} for a protected handler (S-13.3),
 * {@code 406} and {@code 415} for a handler that declares what it produces or consumes, {@code 400} for a versioned
 * one (S-18.1, S-18.2), {@code 304} for reads where the route tags its answers and {@code 412} for writes where it tells its entity tag
 * (S-18.5), {@code 429} and
 * {@code 503} under a rate or concurrency limit (S-16). Their bodies are {@code application/problem+json} where the
 * application turned problem details on (S-15.5), else empty. A code the handler's {@code @APIResponse} documents is
 * left as it says.
 */
final class Refusals {

    /** The name of the problem details schema among the document's components. */
    static final String PROBLEM = "ProblemDetails";

    private static final String PROBLEM_JSON = "application/problem+json";

    private Refusals() {}

    /** Adds the refusals of a handler to its operation's answers. */
    static void addTo(
            APIResponses responses,
            RouteDefinition route,
            Handler handler,
            JsonSchemas schemas,
            boolean problemDetails,
            boolean takesBody,
            boolean jsonBody) { // jsonBody: read with json(Class), which validates
        Content problem = problemDetails ? problem(schemas) : null;
        String method = handler.httpMethod();
        if (takesBody) {
            if (jsonBody) { // a validation failure is problem details whatever the setting (S-13.5)
                add(
                        responses,
                        "400",
                        "The body breaks the constraints of its type (problem details with the violations), or is"
                                + " malformed JSON" + (problemDetails ? "" : " (an empty answer)"),
                        problem(schemas));
            } else {
                add(responses, "400", "The body is malformed", problem);
            }
            add(responses, "413", "The body is larger than " + route.settings().maxBodySize() + " bytes", problem);
        } else if (handler.variant().versioned()) {
            add(responses, "400", "The request asks for an API version this operation does not have", problem);
        }
        Access access = handler.access();
        if (access instanceof Access.Roles) {
            add(responses, "401", "The caller is not authenticated", null); // the server's own challenge
            add(responses, "403", "The caller has none of the roles this operation needs", problem);
        } else if (access instanceof Access.DenyAll) {
            add(responses, "403", "Nobody may call this operation", problem);
        }
        if (!handler.variant().produces().isEmpty()) {
            add(responses, "406", "None of the media types of the Accept header is produced", problem);
        }
        if (!handler.variant().consumes().isEmpty()) {
            add(responses, "415", "The body's Content-Type is not one this operation reads", problem);
        }
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (read && (route.entityTag() != null || route.settings().etag())) {
            add(responses, "304", "The If-None-Match tag is current: not modified", null);
        }
        if (route.entityTag() != null
                && List.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
            add(responses, "412", "The If-Match or If-None-Match tag does not hold", problem);
        }
        if (route.settings().rateLimits().containsKey(method)) {
            add(responses, "429", "Too many requests: try again after Retry-After seconds", problem);
        }
        if (route.settings().concurrencyLimits().containsKey(method)) {
            add(responses, "503", "Too many requests at once: try again later", problem);
        }
    }

    private static void add(APIResponses responses, String code, String description, Content content) {
        if (responses.hasAPIResponse(code)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description);
        if (content != null) {
            response.setContent(content);
        }
        responses.addAPIResponse(code, response);
    }

    /** {@code application/problem+json} with the problem details schema of S-13.5 and S-15.5 (RFC 9457). */
    private static Content problem(JsonSchemas schemas) {
        Schema ref = schemas.component(PROBLEM, () -> {
            Schema violation = JsonSchemas.typed(Schema.SchemaType.OBJECT)
                    .addProperty("field", JsonSchemas.typed(Schema.SchemaType.STRING))
                    .addProperty("message", JsonSchemas.typed(Schema.SchemaType.STRING));
            return JsonSchemas.typed(Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details")
                    .addProperty("type", JsonSchemas.typed(Schema.SchemaType.STRING))
                    .addProperty("title", JsonSchemas.typed(Schema.SchemaType.STRING))
                    .addProperty(
                            "status",
                            JsonSchemas.typed(Schema.SchemaType.INTEGER).format("int32"))
                    .addProperty("detail", JsonSchemas.typed(Schema.SchemaType.STRING))
                    .addProperty("instance", JsonSchemas.typed(Schema.SchemaType.STRING))
                    .addProperty(
                            "violations",
                            JsonSchemas.typed(Schema.SchemaType.ARRAY).items(violation))
                    .required(List.of("type", "title", "status"));
        });
        return OASFactory.createContent()
                .addMediaType(PROBLEM_JSON, OASFactory.createMediaType().schema(ref));
    }
}
