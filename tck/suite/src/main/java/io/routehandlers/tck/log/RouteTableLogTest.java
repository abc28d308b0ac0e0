package io.routehandlers.tck.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.ServerLog;
import io.routehandlers.tck.Spec;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-7.3: deploying logs the route table, one line per route with its kind ({@code ○} static, {@code ●} static with
 * listed params, {@code ƒ} dynamic), its methods and its revalidate. Read from the server's log
 * ({@link ServerLog}), which the runner names.
 */
@ExtendWith(ArquillianExtension.class)
@Spec("S-7.3")
class RouteTableLogTest {

    private static final List<Pattern> LINES = List.of(
            Pattern.compile("○ /almanac +GET +forever\\b"),
            Pattern.compile("● /tides/\\[port] +GET +60s\\b"),
            Pattern.compile("ƒ /ferries/\\[id] +GET, POST(?: |$)", Pattern.MULTILINE));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("route-table", Almanac.class, Tides.class, Ferries.class);
    }

    @Test
    void deploymentLogsOneLinePerRouteWithItsKindMethodsAndRevalidate() throws InterruptedException {
        assertThat(ServerLog.file())
                .as("the server's log file (-D%s=...)", ServerLog.PROPERTY)
                .isPresent();
        String logged = ServerLog.awaitSince(
                getClass(),
                Duration.ofSeconds(10),
                text -> LINES.stream().allMatch(line -> line.matcher(text).find()));
        for (Pattern line : LINES) {
            assertThat(line.matcher(logged).find())
                    .as("a line matching %s in:%n%s", line, logged)
                    .isTrue();
        }
    }
}
