package io.routehandlers.tck.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-13.1 on the server's own MicroProfile OpenAPI ({@code /openapi} at the server's root, which each runner enables):
 * the route's template, operation, path parameter and response schema, beside the WAR's Jakarta REST resource.
 * The JSON is compared without its whitespace, whatever the server's formatting.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war(
                "documented", Shelf.class, Shelf.Item.class, Labels.class, Inventory.class, Inventory.Rest.class);
    }

    @ArquillianResource
    URL base;

    private String document() throws Exception {
        URL root = new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
        HttpResponse<String> response = Http.at(root)
                .send(Http.at(root)
                        .request("/openapi")
                        .header("Accept", "application/json")
                        .GET()
                        .build());
        assertThat(response.statusCode()).as("the server's /openapi").isEqualTo(200);
        return response.body().replaceAll("\\s+", "");
    }

    /** The JSON object that follows a key: balanced braces from the key's value on. */
    private static String objectAt(String json, Pattern key) {
        Matcher matcher = key.matcher(json);
        assertThat(matcher.find())
                .as("the document has %s; it is: %s", key, json)
                .isTrue();
        int start = matcher.end() - 1;
        int depth = 0;
        for (int i = start; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return json.substring(start, i + 1);
            }
        }
        throw new AssertionError("Unbalanced JSON after " + key);
    }

    @Test
    @Spec("S-13.1")
    void documentListsTheRouteWithItsOperationPathParamAndResponseSchema() throws Exception {
        String json = document();
        String path = objectAt(json, Pattern.compile("\"(/[^\"]*)?/items/\\{slug\\}\":\\{"));
        String get = objectAt(path, Pattern.compile("\"get\":\\{"));
        assertThat(get)
                .contains("\"name\":\"slug\"")
                .contains("\"in\":\"path\"")
                .contains("\"required\":true");
        String schema = component(json, objectAt(get, Pattern.compile("\"application/json\":\\{")));
        assertThat(schema).containsPattern("\"slug\":\\{\"type\":\\[?\"string\"");
        assertThat(schema).containsPattern("\"stock\":\\{[^}]*\"type\":\\[?\"integer\"");
        assertThat(objectAt(schema, Pattern.compile("\"tags\":\\{"))).containsPattern("\"type\":\\[?\"array\"");
        assertThat(path).as("no operation for a method outside Allow").doesNotContain("\"put\":");
        assertThat(objectAt(path, Pattern.compile("\"head\":\\{")))
                .as("the automatic HEAD of the GET")
                .contains("\"x-routehandlers-automatic\":true");
        assertThat(objectAt(path, Pattern.compile("\"options\":\\{")))
                .as("the automatic OPTIONS, with Allow")
                .contains("\"Allow\":{")
                .contains("\"example\":\"GET,HEAD,OPTIONS,POST\""); // whitespace is stripped
    }

    @Test
    @Spec("S-13.1")
    void aHandlersBodyAndQueryParameterAreReadFromItsCodeWithTheConstraintsOfTheBodysType() throws Exception {
        String json = document();
        String path = objectAt(json, Pattern.compile("\"(/[^\"]*)?/items/\\{slug\\}\":\\{"));
        String post = objectAt(path, Pattern.compile("\"post\":\\{"));
        String body = objectAt(post, Pattern.compile("\"requestBody\":\\{"));
        String restock = component(json, objectAt(body, Pattern.compile("\"application/json\":\\{")));
        assertThat(restock)
                .as("@NotNull, @Size(max = 40), @Positive on an int")
                .containsPattern("\"required\":\\[\"slug\"\\]")
                .contains("\"maxLength\":40")
                .containsPattern("\"minimum\":1[,}]")
                .as("an exclusive decimal bound: OpenAPI 3.1's number (MicroProfile OpenAPI 4) or 3.0's flag (3.x)")
                .containsPattern("\"exclusiveMaximum\":(1000(\\.0)?|true)[,}]")
                .containsPattern("\"(exclusiveMaximum|maximum)\":1000");
        assertThat(post).contains("\"name\":\"note\"").contains("\"in\":\"query\"");
        String responses = objectAt(post, Pattern.compile("\"responses\":\\{"));
        assertThat(objectAt(responses, Pattern.compile("\"400\":\\{"))).contains("\"application/problem+json\"");
        assertThat(responses).contains("\"413\":{");
    }

    /** The schema an object's {@code schema} names: inline, or the component of its {@code $ref}. */
    private static String component(String json, String content) {
        Matcher ref =
                Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"").matcher(content);
        if (!ref.find()) {
            return objectAt(content, Pattern.compile("\"schema\":\\{"));
        }
        String components = objectAt(json, Pattern.compile("\"components\":\\{"));
        return objectAt(components, Pattern.compile("\"" + Pattern.quote(ref.group(1)) + "\":\\{"));
    }

    @Test
    @Spec("S-13.1")
    void applicationsOwnResourceStaysInTheDocumentUnderTheSamePrefixAsTheRoutes() throws Exception {
        String json = document();
        Matcher resource =
                Pattern.compile("\"(/[^\"]*)?/rest/inventory\":\\{\"get\":").matcher(json);
        assertThat(resource.find())
                .as("the WAR's Jakarta REST resource is listed: %s", json)
                .isTrue();
        String prefix = resource.group(1) == null ? "" : resource.group(1);
        assertThat(json)
                .as("the server puts the same context root before routes as before resources")
                .contains("\"" + prefix + "/items/{slug}\":{");
    }

    @Test
    @Spec({"S-18.1", "S-18.2", "S-18.3"})
    void aNegotiatedAndVersionedMethodIsOneOperationWithEachTypeAndVersionAndQueryIsLeftOut() throws Exception {
        String json = document();
        String path = objectAt(json, Pattern.compile("\"(/[^\"]*)?/labels/\\{slug\\}\":\\{"));
        String get = objectAt(path, Pattern.compile("\"get\":\\{"));
        assertThat(get).contains("\"application/json\":{").contains("\"text/markdown\":{");
        assertThat(get).contains("\"x-api-versions\":[\"1\",\"2+\"]");
        assertThat(path).as("OpenAPI 3.0 and 3.1 have no QUERY").doesNotContainIgnoringCase("\"query\":{");
    }
}
