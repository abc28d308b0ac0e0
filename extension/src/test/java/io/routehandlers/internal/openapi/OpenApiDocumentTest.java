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
                Documented.Internal.class,
                Documented.Orders.class,
                Documented.Variants.class,
                Documented.Bottomless.class);
    }

    @AfterAll
    static void stop() {
        routes.close();
    }

    private static Map<String, PathItem> paths() {
        return new RoutesModelReader().buildModel().getPaths().getPathItems();
    }

    /** A schema, or the component it refers to. */
    private static Schema resolved(OpenAPI model, Schema schema) {
        if (schema.getRef() == null) {
            return schema;
        }
        assertThat(schema.getRef()).startsWith(JsonSchemas.COMPONENTS);
        return model.getComponents().getSchemas().get(schema.getRef().substring(JsonSchemas.COMPONENTS.length()));
    }

    private static Schema json(Operation operation, String code) {
        return operation
                .getResponses()
                .getAPIResponse(code)
                .getContent()
                .getMediaType("application/json")
                .getSchema();
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
        assertThat(item.getHEAD().getExtensions())
                .as("the automatic HEAD of a GET")
                .containsEntry(RouteDocument.AUTOMATIC, true);
        assertThat(item.getHEAD().getOperationId()).isEqualTo("getItemHead");
        assertThat(item.getHEAD().getParameters())
                .extracting(Parameter::getName)
                .containsExactly("slug");
        assertThat(item.getOPTIONS()
                        .getResponses()
                        .getAPIResponse("204")
                        .getHeaders()
                        .get("Allow")
                        .getSchema()
                        .getExample())
                .as("every method of Allow")
                .isEqualTo("GET, HEAD, OPTIONS, POST");
        assertThat(item.getOPTIONS().getDescription()).contains("405");
        assertThat(item.getOPTIONS().getParameters())
                .as("a path parameter is declared by every operation of its path")
                .extracting(Parameter::getName)
                .containsExactly("slug");
        assertThat(item.getPOST().getResponses().getAPIResponses()).containsOnlyKeys("201", "400");
    }

    @Test
    void responseSchemaIsTheRecordAsJsonBWritesIt() {
        OpenAPI model = new RoutesModelReader().buildModel();
        Schema reference = json(model.getPaths().getPathItem("/items/{slug}").getGET(), "200");
        assertThat(reference.getRef()).as("a named component").isEqualTo(JsonSchemas.COMPONENTS + "Item");
        Schema schema = resolved(model, reference);
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
        Schema list = json(paths.get("/shop/{page}").getGET(), "200");
        assertThat(list.getType()).isEqualTo(Schema.SchemaType.ARRAY);
        assertThat(list.getItems().getRef()).isEqualTo(JsonSchemas.COMPONENTS + "Item");
    }

    @Test
    void hiddenOperationsAreLeftOutAndStreamsHaveTheirMediaType() {
        assertThat(paths()).as("a route with hidden handlers only").doesNotContainKey("/internal");
        assertThat(paths())
                .as("a route whose type grows without end is left out; the others stay")
                .doesNotContainKey("/bottomless")
                .containsKey("/clock");
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
        assertThat(own.getComponents().getSchemas()).containsKey("Item");

        new RoutesFilter().filterOpenAPI(own);
        assertThat(own.getComponents().getSchemas().keySet())
                .as("a second pass (the reader's model seen by the filter) adds no second copies")
                .noneMatch(name -> name.matches(".*\\d"));
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

    @Test
    void bodyParametersAndConstraintsComeFromTheHandlersCodeAndAnnotations() {
        OpenAPI model = new RoutesModelReader().buildModel();
        PathItem orders = model.getPaths().getPathItem("/orders/{id}");
        Operation create = orders.getPOST();
        assertThat(create.getRequestBody().getRequired()).isTrue();
        Schema body = create.getRequestBody()
                .getContent()
                .getMediaType("application/json")
                .getSchema();
        assertThat(body.getRef()).as("request.json(NewOrder.class)").isEqualTo(JsonSchemas.COMPONENTS + "NewOrder");
        assertThat(create.getParameters())
                .extracting(p -> p.getIn().name() + " " + p.getName() + " " + p.getRequired())
                .as("path, injected header and cookie, what the handler asks for")
                .containsExactly(
                        "PATH id true",
                        "HEADER X-Tenant true",
                        "COOKIE session null",
                        "QUERY dry-run null",
                        "QUERY tag null",
                        "HEADER Idempotency-Key null");
        assertThat(create.getParameters().get(4).getSchema().getType())
                .as("getAll: an array")
                .isEqualTo(Schema.SchemaType.ARRAY);
        assertThat(create.getResponses().getAPIResponses()).containsOnlyKeys("200", "400", "401", "403", "413");
        assertThat(create.getResponses().getAPIResponse("400").getContent().getMediaTypes())
                .containsOnlyKeys("application/problem+json");
        assertThat(create.getResponses().getAPIResponse("401").getContent())
                .as("the server's own challenge")
                .isNull();
        assertThat(create.getResponses().getAPIResponse("413").getContent())
                .as("problem details are off: the extension's refusals are empty")
                .isNull();
        Schema problem = model.getComponents().getSchemas().get(Refusals.PROBLEM);
        assertThat(problem.getProperties()).containsKeys("type", "title", "status", "violations");

        Schema order = resolved(model, body);
        assertThat(order.getRequired()).containsExactly("item", "sku");
        assertThat(order.getProperties()).doesNotContainKey("internal");
        Schema sku = order.getProperties().get("sku");
        assertThat(sku.getMinLength()).isEqualTo(1);
        assertThat(sku.getMaxLength()).isEqualTo(40);
        Schema quantity = order.getProperties().get("quantity");
        assertThat(quantity.getMinimum()).isEqualByComparingTo("1");
        assertThat(quantity.getMaximum()).isEqualByComparingTo("99");
        Schema note = order.getProperties().get("note");
        assertThat(note.getDescription()).isEqualTo("A note for the packer");
        assertThat(note.getExample()).isEqualTo("gift");
        assertThat(order.getProperties().get("email").getFormat()).isEqualTo("email");
        Schema total = order.getProperties().get("total");
        assertThat(total.getMinimum()).isEqualByComparingTo("0");
        assertThat(total.getExclusiveMinimum())
                .as("OpenAPI 3.0's flag (SmallRye 3.x)")
                .isTrue();
        Schema weight = order.getProperties().get("weight");
        assertThat(weight.getMaximum()).isEqualByComparingTo("10");
        assertThat(weight.getExclusiveMaximum()).isTrue();
        assertThat(order.getProperties().get("labels").getMinItems()).isEqualTo(1);
        assertThat(order.getProperties().get("item").getRef()).isEqualTo(JsonSchemas.COMPONENTS + "Item");

        assertThat(order.getProperties().get("boxes").getMinimum())
                .as("an exclusive bound of an integer: the next whole number")
                .isEqualByComparingTo("3");

        Schema node = model.getComponents().getSchemas().get("Node");
        assertThat(node.getProperties().get("children").getItems().getRef())
                .as("a recursive type refers to itself")
                .isEqualTo(JsonSchemas.COMPONENTS + "Node");
    }

    @Test
    void formsLambdasDeclaredParametersAndSchemas() {
        OpenAPI model = new RoutesModelReader().buildModel();
        PathItem orders = model.getPaths().getPathItem("/orders/{id}");

        Operation form = orders.getPUT();
        assertThat(form.getRequestBody().getContent().getMediaTypes())
                .containsOnlyKeys("application/x-www-form-urlencoded", "multipart/form-data");
        Schema fields = form.getRequestBody()
                .getContent()
                .getMediaType("multipart/form-data")
                .getSchema();
        assertThat(fields.getProperties().get("name").getType()).isEqualTo(Schema.SchemaType.STRING);
        assertThat(fields.getProperties().get("avatar").getFormat()).isEqualTo("binary");
        assertThat(form.getResponses().getAPIResponses())
                .as("@DenyAll")
                .containsKey("403")
                .doesNotContainKey("401");

        Operation patch = orders.getPATCH();
        assertThat(patch.getRequestBody().getContent().getMediaTypes())
                .as("read in a lambda, in the type the handler consumes")
                .containsOnlyKeys("application/merge-patch+json");
        assertThat(patch.getResponses().getAPIResponses()).containsKeys("400", "413", "415");
        Schema page = resolved(model, json(patch, "200"));
        assertThat(json(patch, "200").getRef()).isEqualTo(JsonSchemas.COMPONENTS + "PageItem");
        assertThat(page.getProperties().get("items").getItems().getRef())
                .as("the type argument filled in")
                .isEqualTo(JsonSchemas.COMPONENTS + "Item");

        Operation get = orders.getGET();
        Parameter pageNumber = get.getParameters().stream()
                .filter(p -> p.getName().equals("page"))
                .findFirst()
                .orElseThrow();
        assertThat(pageNumber.getIn()).isEqualTo(Parameter.In.QUERY);
        assertThat(pageNumber.getRequired())
                .as("declared wins over what the code reads")
                .isTrue();
        assertThat(pageNumber.getSchema().getType()).isEqualTo(Schema.SchemaType.INTEGER);
        Schema lines = json(get, "200");
        assertThat(lines.getType()).isEqualTo(Schema.SchemaType.ARRAY);
        assertThat(lines.getItems().getRef())
                .as("a second class named Item")
                .isEqualTo(JsonSchemas.COMPONENTS + "OtherItem");
        assertThat(get.getRequestBody()).isNull();

        Operation delete = orders.getDELETE();
        assertThat(delete.getRequestBody()
                        .getContent()
                        .getMediaType("application/json")
                        .getSchema()
                        .getRef())
                .as("@RequestBodySchema wins over text()")
                .isEqualTo(JsonSchemas.COMPONENTS + "Item");
        assertThat(delete.getResponses().getAPIResponse("202").getDescription()).isEqualTo("Deleted");
        assertThat(json(delete, "202").getRef()).isEqualTo(JsonSchemas.COMPONENTS + "Item");
    }

    @Test
    void variantsOverloadsHiddenAndUndocumentedParametersAndUniqueIds() {
        OpenAPI model = new RoutesModelReader().buildModel();
        PathItem variants = model.getPaths().getPathItem("/variants/{id}");

        Operation post = variants.getPOST();
        assertThat(post.getRequestBody().getContent().getMediaTypes())
                .as("both variants' bodies")
                .containsOnlyKeys("application/json", "text/plain");
        assertThat(post.getParameters()).extracting(Parameter::getName).contains("X-Trace");
        assertThat(post.getResponses().getAPIResponses()).containsKeys("400", "413", "415");

        Operation get = variants.getGET();
        assertThat(get.getParameters())
                .extracting(Parameter::getName)
                .as("a hidden parameter stays hidden; Accept is no parameter in OpenAPI")
                .containsExactly("id");
        Schema box = resolved(model, json(get, "200"));
        assertThat(box.getProperties().get("value").getRef())
                .as("the superclass's type argument")
                .isEqualTo(JsonSchemas.COMPONENTS + "Item");

        assertThat(variants.getPUT().getOperationId()).isEqualTo("lookHead");
        assertThat(variants.getHEAD().getOperationId())
                .as("GET's id + Head is taken: ids are unique")
                .isEqualTo("lookHead2");
        assertThat(variants.getPUT().getRequestBody().getDescription()).isEqualTo("The new items");
        assertThat(variants.getPUT()
                        .getRequestBody()
                        .getContent()
                        .getMediaType("application/json")
                        .getSchema()
                        .getRef())
                .as("a @RequestBody without content keeps what the code reads")
                .isEqualTo(JsonSchemas.COMPONENTS + "Item");
        Schema wrapped = resolved(model, json(variants.getPUT(), "200"));
        assertThat(wrapped.getProperties().get("items").getItems().getRef())
                .as("a wildcard is its bound: no second component")
                .isEqualTo(JsonSchemas.COMPONENTS + "Item");
        assertThat(wrapped.getProperties().get("pages").getRef()).isEqualTo(JsonSchemas.COMPONENTS + "PageItemArray");
        Schema shelf = resolved(model, wrapped.getProperties().get("shelf"));
        assertThat(shelf.getProperties().get("items").getItems().getRef())
                .as("a type variable inside a wildcard")
                .isEqualTo(JsonSchemas.COMPONENTS + "Item");
        assertThat(shelf.getProperties().get("rows").getItems().getItems().getRef())
                .as("a type variable inside a generic array")
                .isEqualTo(JsonSchemas.COMPONENTS + "Item");
        Schema thing = resolved(model, wrapped.getProperties().get("thing"));
        assertThat(thing.getProperties().get("id").getFormat())
                .as("an interface's type argument")
                .isEqualTo("int64");
        assertThat(model.getComponents().getSchemas().keySet()).allMatch(name -> name.matches("[A-Za-z0-9._-]+"));

        assertThat(variants.getDELETE().getRequestBody().getContent().getMediaTypes())
                .containsOnlyKeys("text/plain");
        assertThat(variants.getDELETE().getParameters())
                .extracting(Parameter::getName)
                .as("an overload's reads are its own")
                .containsExactly("id");
        assertThat(variants.getPATCH().getRequestBody()).isNull();
        assertThat(variants.getPATCH().getParameters())
                .extracting(Parameter::getName)
                .contains("only-patch");
    }
}
