package io.routehandlers.tck.openliberty;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.tck.Deployments;
import io.routehandlers.tck.Spec;
import io.routehandlers.tck.shared.OverHttp;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * S-11.7 on the Jakarta EE 11 run (-Pee11): routehandlers.executor names a managed thread factory of virtual threads
 * (config-ee11/server.xml), so stream bodies and after() tasks run on virtual threads when the server runs on Java 21 or
 * later. On the EE 10 run, where the key is not set, they run on the default executor's platform threads.
 */
@ExtendWith(ArquillianExtension.class)
@Spec("S-11.7")
class VirtualThreadsTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("threadkinds", ThreadKinds.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void streamBodiesAndAfterTasksRunOnTheNamedExecutor() throws InterruptedException {
        boolean ee11 = "openliberty-ee11".equals(System.getProperty("routehandlers.tck.server"));
        String expected = ee11 && serverJava() >= 21 ? "virtual" : "platform";
        assertThat(OverHttp.to(base).get("/thread-kinds").body()).startsWith("body " + expected);
        String body = "";
        for (int i = 0; i < 50 && !body.endsWith("after() " + expected); i++) {
            Thread.sleep(100);
            body = OverHttp.to(base).get("/thread-kinds").body();
        }
        assertThat(body).isEqualTo("body " + expected + ", last after() " + expected);
    }

    /** The feature version of the JDK the server runs on: its {@code release} file, else this JVM's. */
    private static int serverJava() {
        String home = System.getProperty("routehandlers.tck.server.java.home", "");
        try {
            for (String line : Files.readAllLines(Path.of(home, "release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Integer.parseInt(version.split("[.+-]")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no such JDK named: the server runs on the build's
        }
        return Runtime.version().feature();
    }
}
