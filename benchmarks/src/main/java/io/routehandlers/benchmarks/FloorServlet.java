package io.routehandlers.benchmarks;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The server's floor for an answer that a filter serves: a plain servlet that writes the bytes {@code /r5/items/lamp}
 * answers, from a constant, with no JSON-B and no routing of its own.
 */
@WebServlet("/floor/items/lamp")
public class FloorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final byte[] BODY = "{\"shelf\":5,\"slug\":\"lamp\"}".getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setContentLength(BODY.length);
        response.getOutputStream().write(BODY);
    }
}
