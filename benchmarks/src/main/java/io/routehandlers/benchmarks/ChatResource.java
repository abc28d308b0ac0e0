package io.routehandlers.benchmarks;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;

/** The same as {@link ChatRoute} as a Jakarta REST {@code StreamingOutput}: {@code /rest/chat?q=}. */
@Path("chat")
public class ChatResource {

    @GET
    @Produces("text/plain;charset=UTF-8")
    public StreamingOutput get(@QueryParam("q") String question) {
        String[] words = Words.answer(question == null ? "nothing" : question);
        return out -> {
            for (int i = 0; i < words.length; i++) {
                out.write(((i == 0 ? "" : " ") + words[i]).getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    Thread.sleep(Words.PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }
}
