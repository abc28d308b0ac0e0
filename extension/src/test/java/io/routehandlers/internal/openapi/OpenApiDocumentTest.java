package io.routehandlers.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.fixtures.Documented;
import io.routehandlers.fixtures.Harness;
import io.routehandlers.fixtures.Metadata;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** S-13.1: the routes as MicroProfile OpenAPI paths, through the reader and the filter (SmallRye's model). */
class OpenApiDocumentTest {

    private static Harness routes;

    @BeforeAll
    static void start() {
        routes = Harness.start(
                Map.of("routehandlers.metadata.base-url", "https://shop.example"),
                Documented.Items.class,
                Documented.Docs.class,
                Documented.Shop.class,
                Documented.Clock.class,
                Metadata.ProductSitemaps.class,
                Documented.Internal.class);
    }

    @AfterAll
    static void stop() {
        routes.close();
    }

    private static Map<String, PathItem> paths() {
        return new RoutesModelReader().buildModel().getPaths().getPathItems();
    }

    private static Schema.SchemaType type(Schema schema) {
        return schema.getType(); // SmallRye 3.x: MicroProfile OpenAPI 3.1's single type
    }

    @Test
    void dynamicRouteIsATemplateWithARequiredPathParamAndItsHandlersOperations() {
        PathItem item = paths().get("/items/{slug}");
        assertThat(item).isNotNull();
        Operation get = item.getGET();
        assertThat(get.getSummary()).isEqualTo("One item");
        assertThat(get.getOperationId()).isEqualTo("getItem");
        assertThat(get.getTags()).containsExactly("items");
        Parameter slug = get.getParameters().get(0);
        assertThat(slug.getName()).isEqualTo("slug");
        assertThat(slug.getIn()).isEqualTo(Parameter.In.PATH);
        assertThat(slug.getRequired()).isTrue();
        assertThat(slug.getDescription()).isEqualTo("The item's slug");
        assertThat(type(slug.getSchema())).isEqualTo(Schema.SchemaType.STRING);
        assertThat(item.getHEAD()).as("HEAD only when declared").isNull();
        assertThat(item.getOPTIONS()).isNull();
        assertThat(item.getPOST().getResponses().getAPIResponses()).containsOnlyKeys("201", "400");
    }

    @Test
    void responseSchemaIsTheRecordAsJsonBWritesIt() {
        Schema schema = paths().get("/items/{slug}")
                .getGET()
                .getResponses()
                .getAPIResponse("200")
                .getContent()
                .getMediaType("application/json")
                .getSchema();
        assertThat(type(schema)).isEqualTo(Schema.SchemaType.OBJECT);
        assertThat(schema.getProperties().keySet())
                .as("JSON-B names, sorted by them, transient left out")
                .containsExactly("a_name", "extra", "photo", "prices", "slug", "stock", "tags");
        assertThat(schema.getProperties().get("photo").getItems().getType())
                .as("byte[] as JSON-B writes it by default: numbers")
                .isEqualTo(Schema.SchemaType.INTEGER);
        assertThat(type(schema.getProperties().get("extra")))
                .as("Object: any value")
                .isNull();
        assertThat(type(schema.getProperties().get("stock"))).isEqualTo(Schema.SchemaType.INTEGER);
        assertThat(schema.getProperties().get("tags").getItems().getType()).isEqualTo(Schema.SchemaType.STRING);
        assertThat(type(schema.getProperties().get("prices").getAdditionalPropertiesSchema()))
                .isEqualTo(Schema.SchemaType.INTEGER);
    }

    @Test
    void catchAllsAreMarkedAndAnOptionalOneIsTwoPaths() {
        Map<String, PathItem> paths = paths();
        assertThat(paths.get("/docs/{path}").getExtensions()).containsEntry(RouteDocument.CATCH_ALL, true);
        assertThat(paths.get("/docs/{path}")
                        .getGET()
                        .getResponses()
                        .getAPIResponse("200")
                        .getContent()
                        .getMediaTypes())
                .containsOnlyKeys("text/plain;charset=UTF-8");
        assertThat(paths).containsKeys("/shop/{page}", "/shop/{page}/{filters}");
        assertThat(paths.get("/shop/{page}/{filters}").getGET().getOperationId())
                .isEqualTo("shop");
        assertThat(paths.get("/shop/{page}").getGET().getOperationId())
                .as("operation ids are unique in a document")
                .isNull();
        assertThat(paths.get("/shop/{page}").getGET().getParameters())
                .extracting(Parameter::getName)
                .containsExactly("page");
        Parameter page =
                paths.get("/shop/{page}/{filters}").getGET().getParameters().get(0);
        assertThat(page.getName()).isEqualTo("page");
        Parameter filters =
                paths.get("/shop/{page}/{filters}").getGET().getParameters().get(1);
        assertThat(filters.getExtensions()).containsEntry(RouteDocument.CATCH_ALL, true);
        assertThat(type(filters.getSchema())).isEqualTo(Schema.SchemaType.STRING);
        assertThat(paths.get("/shop/{page}")
                        .getGET()
                        .getResponses()
                        .getAPIResponse("200")
                        .getContent()
                        .getMediaType("application/json")
                        .getSchema()
                        .getType())
                .isEqualTo(Schema.SchemaType.ARRAY);
    }

    @Test
    void hiddenOperationsAreLeftOutAndStreamsHaveTheirMediaType() {
        assertThat(paths()).as("a route with hidden handlers only").doesNotContainKey("/internal");
        PathItem clock = paths().get("/clock");
        assertThat(clock.getPOST()).isNull();
        assertThat(clock.getGET()
                        .getResponses()
                        .getAPIResponse("200")
                        .getContent()
                        .getMediaTypes())
                .containsOnlyKeys("text/event-stream");
    }

    @Test
    void filterAddsTheRoutesAnApplicationsReaderLeftOutAndKeepsItsOwnPaths() {
        OpenAPI own = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/items/{slug}", OASFactory.createPathItem().description("the application's")));
        new RoutesFilter().filterOpenAPI(own);
        assertThat(own.getPaths().getPathItem("/items/{slug}").getDescription()).isEqualTo("the application's");
        assertThat(own.getPaths().getPathItems()).containsKeys("/docs/{path}", "/clock");
    }

    @Test
    void configSourceNamesTheReaderAndFilterBelowEveryApplicationSource() {
        OpenApiConfigSource source = new OpenApiConfigSource();
        assertThat(source.getOrdinal()).isLessThan(100);
        assertThat(source.getValue("mp.openapi.model.reader")).isEqualTo(RoutesModelReader.class.getName());
        assertThat(source.getValue("mp.openapi.filter")).isEqualTo(RoutesFilter.class.getName());
        assertThat(List.copyOf(source.getPropertyNames())).hasSize(2);
        assertThat(OpenApiConfigSource.OWN_READER).isEqualTo(RoutesModelReader.class.getName());
        assertThat(OpenApiConfigSource.OWN_FILTER).isEqualTo(RoutesFilter.class.getName());
    }

    @Test
    void splitSitemapIsItsIndexAndItsFilesById() {
        Map<String, PathItem> paths = paths();
        assertThat(paths).containsKeys("/products/sitemap.xml", "/products/sitemap/{id}.xml");
        assertThat(paths.get("/products/sitemap.xml").getGET().getParameters()).isNullOrEmpty();
        Operation file = paths.get("/products/sitemap/{id}.xml").getGET();
        assertThat(file.getParameters()).extracting(Parameter::getName).containsExactly("id");
        assertThat(paths.get("/products/sitemap/{id}.xml").getPOST())
                .as("the files' other handlers")
                .isNotNull();
        assertThat(paths.get("/products/sitemap.xml").getPOST())
                .as("the index answers GET only")
                .isNull();
        assertThat(file.getResponses().getAPIResponse("200").getContent().getMediaTypes())
                .containsOnlyKeys("application/xml");
    }
}
