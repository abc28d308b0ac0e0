package io.routehandlers.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.internal.openapi.RoutesModelReader;
import io.routehandlers.testing.RouteTester;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample's routes as the server's {@code /openapi} document describes them (S-13.1), built in process by the
 * extension's model reader on SmallRye OpenAPI, and written to {@code target/openapi/sample.json}: the build generates
 * a Java client from that file and calls the items API through it ({@code src/it/java}, {@code ItemsClientIT}).
 */
class OpenApiDocumentTest {

    /** Where the document is written for the client generator (sample-war/pom.xml). */
    static final Path DOCUMENT = Path.of("target", "openapi", "sample.json");

    private static RouteTester tester;
    private static OpenAPI model;

    @BeforeAll
    static void describe() throws IOException {
        tester = RouteTester.builder().packages(ItemRoute.class).build();
        model = new RoutesModelReader()
                .buildModel()
                .openapi("3.1.0") // as Open Liberty's mpOpenAPI-4.1 writes it
                .info(OASFactory.createInfo().title("routehandlers sample").version("1"));
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, OpenApiSerializer.serialize(model, Format.JSON));
    }

    @AfterAll
    static void stop() {
        tester.close();
    }

    private static Schema component(String name) {
        return model.getComponents().getSchemas().get(name);
    }

    @Test
    void addingAnItemTakesItsJsonAndAnswersWithItOrItsViolations() {
        Operation add = model.getPaths().getPathItem("/api/items").getPOST();
        assertThat(add.getOperationId()).isEqualTo("addItem");
        assertThat(add.getRequestBody()
                        .getContent()
                        .getMediaType("application/json")
                        .getSchema()
                        .getRef())
                .as("request.json(Item.class)")
                .isEqualTo("#/components/schemas/Item");
        assertThat(add.getResponses().getAPIResponses()).containsOnlyKeys("201", "409", "400", "413");
        assertThat(add.getResponses()
                        .getAPIResponse("400")
                        .getContent()
                        .getMediaType("application/problem+json")
                        .getSchema()
                        .getRef())
                .isEqualTo("#/components/schemas/ProblemDetails");
    }

    @Test
    void theItemSchemaHasTheConstraintsValidationChecks() {
        Schema item = component("Item");
        assertThat(item.getRequired()).containsExactly("name", "slug");
        Map<String, Schema> properties = item.getProperties();
        assertThat(properties.get("slug").getPattern()).isEqualTo("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
        assertThat(properties.get("name").getMaxLength()).isEqualTo(100);
        assertThat(properties.get("name").getMinLength()).isEqualTo(1);
        assertThat(properties.get("price").getMinimum()).isEqualByComparingTo("0");
    }

    @Test
    void oneItemIsNegotiatedAndTaggedAndItsPathHasEveryAllowedMethod() {
        var path = model.getPaths().getPathItem("/api/items/{slug}");
        assertThat(path.getGET()
                        .getResponses()
                        .getAPIResponse("200")
                        .getContent()
                        .getMediaTypes())
                .containsOnlyKeys("application/json", "text/markdown");
        assertThat(path.getGET().getResponses().getAPIResponses()).containsKeys("304", "406");
        assertThat(path.getPUT().getResponses().getAPIResponses()).containsKeys("400", "412", "413");
        assertThat(path.getHEAD()).isNotNull();
        assertThat(path.getOPTIONS()
                        .getResponses()
                        .getAPIResponse("204")
                        .getHeaders()
                        .get("Allow")
                        .getSchema()
                        .getExample())
                .isEqualTo("DELETE, GET, HEAD, OPTIONS, PUT");
    }

    @Test
    void theDocumentIsWrittenForTheClientGenerator() throws IOException {
        assertThat(Files.readString(DOCUMENT)).contains("\"operationId\" : \"addItem\"");
    }
}
