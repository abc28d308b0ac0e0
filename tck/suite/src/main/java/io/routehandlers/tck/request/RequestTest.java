package io.routehandlers.tck.request;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ArquillianExtension.class)
class RequestTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("request", Echo.class, Order.class, Orders.class, Signup.class);
    }

    @ArquillianResource
    URL base;

    @Test
    @Spec("S-4.1")
    void requestExposesMethodUrlPathSearchParamsAndHeaders() {
        HttpResponse<String> response = Http.at(base)
                .send(Http.at(base)
                        .request("/echo/a%20b/c?q=two+words&tag=x&tag=y&flag")
                        .header("X-Trace", "t-1")
                        .GET()
                        .build());
        String context = Http.at(base).contextPath();
        assertThat(response.body())
                .isEqualTo(String.join(
                        "\n",
                        "method=GET",
                        "pathname=/echo/a%20b/c",
                        "url.path=" + context + "/echo/a%20b/c",
                        "url.query=q=two+words&tag=x&tag=y&flag",
                        "q=two words",
                        "tags=[x, y]",
                        "has.flag=true",
                        "keys=[q, tag, flag]",
                        "x-trace=t-1",
                        "has.accept=false",
                        "body="));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
    @Spec("S-4.1")
    void bodyIsReadableForEveryMethod(String method) {
        HttpResponse<String> response = Http.at(base).send(method, "/echo/x", "text/plain; charset=UTF-8", "héllo");
        assertThat(response.body()).startsWith("method=" + method).endsWith("body=héllo");
    }

    @Test
    @Spec("S-4.1")
    void jsonBodyBindsThroughJsonB() {
        HttpResponse<String> response =
                Http.at(base).send("POST", "/orders", "application/json", "{\"sku\":\"lamp\",\"quantity\":2}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"quantity\":4,\"sku\":\"LAMP\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"sku\":", "not json", "", "[1,2"})
    @Spec("S-4.1")
    void malformedJsonAnswers400(String body) {
        HttpResponse<String> response = Http.at(base).send("POST", "/orders", "application/json", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    @Spec("S-4.1")
    void bytesCanBeReadTwice() {
        assertThat(Http.at(base)
                        .send("PUT", "/orders", "application/octet-stream", "12345")
                        .body())
                .isEqualTo("5 bytes, again 5");
    }

    @Test
    @Spec("S-4.1")
    void urlEncodedFormIsParsed() {
        HttpResponse<String> response = Http.at(base)
                .send(
                        "POST",
                        "/signup",
                        "application/x-www-form-urlencoded",
                        "name=Ada+Lovelace&topic=math&topic=engines");
        assertThat(response.body()).isEqualTo("name=Ada Lovelace;topics=[math, engines];keys=[name, topic];avatar=-");
    }

    @Test
    @Spec("S-4.1")
    void multipartFormGivesFieldsAndFiles() {
        String body = "--b0undary\r\n"
                + "Content-Disposition: form-data; name=\"name\"\r\n\r\n"
                + "Grace\r\n"
                + "--b0undary\r\n"
                + "Content-Disposition: form-data; name=\"avatar\"; filename=\"me.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "pixels\r\n"
                + "--b0undary--\r\n";
        HttpResponse<String> response =
                Http.at(base).send("POST", "/signup", "multipart/form-data; boundary=b0undary", body);
        assertThat(response.body())
                .isEqualTo("name=Grace;topics=[];keys=[name, avatar];avatar=me.txt:text/plain:pixels");
    }

    @Test
    @Spec("S-4.1")
    void malformedFormAnswers400() {
        HttpResponse<String> broken = Http.at(base)
                .send(
                        "POST",
                        "/signup",
                        "multipart/form-data; boundary=zz",
                        "--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end");
        assertThat(broken.statusCode()).isEqualTo(400);
        HttpResponse<String> badEscape =
                Http.at(base).send("POST", "/signup", "application/x-www-form-urlencoded", "name=%E0%A4%A");
        assertThat(badEscape.statusCode()).isEqualTo(400);
        HttpResponse<String> notAForm = Http.at(base).send("POST", "/signup", "application/json", "{}");
        assertThat(notAForm.statusCode()).isEqualTo(400);
    }

    @Test
    @Spec("S-4.1")
    void malformedQueryEscapeAnswers400WhenRead() {
        assertThat(Http.at(base).rawStatusLine("GET", "/echo/x?q=%zz")).startsWith("HTTP/1.1 400");
    }
}
