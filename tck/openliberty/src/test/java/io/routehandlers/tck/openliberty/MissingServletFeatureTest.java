package io.routehandlers.tck.openliberty;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Spec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * S-7.4 on Open Liberty: a server whose {@code server.xml} enables Jakarta REST, CDI, JSON-B, MicroProfile Config and
 * Concurrency but not {@code servlet-6.0} does not show the Servlet API to applications. A WAR with a route must fail
 * with the RH-038 message naming the feature, not with the container's unsatisfied dependency or a 404 on every
 * route. This needs a server of its own: the runner's Liberty installation, a second server created here.
 */
@Spec("S-7.4")
class MissingServletFeatureTest {

    private static final Path WLP = Path.of(System.getProperty("routehandlers.tck.liberty.home", "target/liberty/wlp"));
    private static final String SERVER = "noservlet";
    private static final Path SERVER_DIR = WLP.resolve("usr/servers/" + SERVER);

    @BeforeAll
    static void startServerWithoutServletFeature() throws Exception {
        Files.createDirectories(SERVER_DIR.resolve("dropins"));
        Files.writeString(SERVER_DIR.resolve("server.xml"), """
                <server>
                    <featureManager>
                        <feature>restfulWS-3.1</feature>
                        <feature>cdi-4.0</feature>
                        <feature>jsonb-3.0</feature>
                        <feature>mpConfig-3.1</feature>
                        <feature>concurrent-3.0</feature>
                    </featureManager>
                    <httpEndpoint id="defaultHttpEndpoint" httpPort="-1" httpsPort="-1"/>
                </server>
                """);
        Files.writeString(
                SERVER_DIR.resolve("server.env"),
                "JAVA_HOME=" + System.getProperty("routehandlers.tck.server.java.home", System.getProperty("java.home"))
                        + "\n");
        WebArchive war = ShrinkWrap.create(WebArchive.class, "no-servlet.war").addClass(Greeting.class);
        for (Path jar : Files.list(Path.of(System.getProperty("routehandlers.tck.implementation")))
                .toList()) {
            war.addAsLibrary(jar.toFile());
        }
        war.as(ZipExporter.class)
                .exportTo(SERVER_DIR.resolve("dropins/no-servlet.war").toFile(), true);
        run("start");
    }

    @AfterAll
    static void stopServer() throws Exception {
        run("stop");
    }

    private static void run(String action) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("server %s finished", action)
                .isTrue();
    }

    @Test
    void routeWarFailsWithTheRhMessageNamingTheFeature() throws Exception {
        Path log = SERVER_DIR.resolve("logs/messages.log");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String text = "";
        while (Instant.now().isBefore(deadline) && !text.contains("CWWKZ0002E")) {
            Thread.sleep(500);
            text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        }
        assertThat(text)
                .as("the server log")
                .contains("CWWKZ0002E")
                .contains("RH-038 Jakarta Servlet, which serves routes, is not available to the application.")
                .contains("Open Liberty feature servlet-6.0")
                .doesNotContain("Unsatisfied dependencies");
    }
}
