package io.routehandlers.tck.request;

import io.routehandlers.FormData;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.ws.rs.POST;
import java.nio.charset.StandardCharsets;

@Route("/signup")
public class Signup {

    @POST
    public String post(RouteRequest request) {
        FormData form = request.formData();
        String file = form.file("avatar")
                .map(f -> f.fileName() + ":" + f.contentType() + ":" + new String(f.content(), StandardCharsets.UTF_8))
                .orElse("-");
        return "name=" + form.get("name").orElse("-") + ";topics=" + form.getAll("topic") + ";keys=" + form.keys()
                + ";avatar=" + file;
    }
}
