package io.routehandlers.tck.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import io.routehandlers.tck.Spec;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** S-13.5 on a server with Jakarta Validation (Open Liberty: feature beanValidation-3.0). */
@ExtendWith(ArquillianExtension.class)
@Spec("S-13.5")
class ValidationTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("validation", Pets.class, Pets.NewPet.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void violationsAnswer400AsProblemDetails() {
        HttpResponse<String> response =
                Http.at(base).send("POST", "/pets", "application/json", "{\"name\":\"\",\"age\":-2}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .isEqualTo("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"violations\":["
                        + "{\"field\":\"age\",\"message\":\"an age is 0 or more\"},"
                        + "{\"field\":\"name\",\"message\":\"a name is needed\"}]}");
    }

    @Test
    void theHandlerSeesOnlyValidObjects() {
        HttpResponse<String> response =
                Http.at(base).send("POST", "/pets", "application/json", "{\"name\":\"Rex\",\"age\":3}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("added Rex");
    }
}
