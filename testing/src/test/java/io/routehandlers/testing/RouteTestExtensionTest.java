package io.routehandlers.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.testing.kitchen.Cookbook;
import io.routehandlers.testing.kitchen.Recipe;
import io.routehandlers.testing.kitchen.RecipesRoute;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@RouteTest(
        value = {RecipesRoute.class, Cookbook.class},
        config = "routehandlers.max-body-size=1000")
class RouteTestExtensionTest {

    RouteTester field;

    @Test
    void testerIsAParameterAndAField(RouteTester tester) {
        assertThat(tester).isSameAs(field);
        assertThat(tester.get("/recipes/soup").json(Recipe.class).title()).isEqualTo("Soup");
    }

    @Test
    void eachTestHasAFreshApplication(RouteTester tester) {
        tester.request("POST", "/recipes").json(new Recipe("stew", "Stew")).send();
        assertThat(tester.get("/recipes").json(Recipe[].class)).hasSize(2);
    }

    @Test
    void eachTestHasAFreshApplicationAgain(RouteTester tester) {
        assertThat(tester.get("/recipes").json(Recipe[].class)).hasSize(1);
    }

    @Test
    void configurationOfTheAnnotationApplies(RouteTester tester) {
        assertThat(tester.request("POST", "/recipes")
                        .text("x".repeat(1001))
                        .send()
                        .status())
                .isEqualTo(413);
    }

    @Nested
    class NestedTest {
        @Test
        void nestedTestGetsTheEnclosingClassesTesterAndItsFieldToo(RouteTester tester) {
            assertThat(tester).isSameAs(field);
            assertThat(tester.get("/recipes/soup").status()).isEqualTo(200);
        }
    }
}
