package io.routehandlers.tck.shared;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Http;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared slice over HTTP, against the server. */
@ExtendWith(ArquillianExtension.class)
class SharedSliceTest extends SharedSlice {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig(Deployments.war("shared", ROUTES), CONFIG);
    }

    @ArquillianResource
    URL base;

    @Override
    protected RouteClient client() {
        return (method, path, headers, body) -> {
            HttpRequest.Builder request = Http.at(base)
                    .request(path)
                    .method(
                            method,
                            body.isEmpty()
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(header -> request.header(header.getKey(), header.getValue()));
            HttpResponse<String> response = Http.at(base).send(request.build());
            Map<String, List<String>> received = new TreeMap<>();
            response.headers().map().forEach((name, values) -> received.put(name.toLowerCase(Locale.ROOT), values));
            return new Reply(response.statusCode(), received, response.body());
        };
    }
}
