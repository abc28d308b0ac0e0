package io.routehandlers.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.routehandlers.RouteRequest;
import io.routehandlers.fixtures.Documented;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** S-13.1: what a handler reads, from its class file. */
class HandlerReadsTest {

    @Test
    void readsTheBodyTypeAndTheNamesAHandlerAsksFor() throws NoSuchMethodException {
        HandlerReads reads = HandlerReads.of(Documented.Orders.class.getMethod("create", RouteRequest.class));
        assertThat(reads.body()).isEqualTo(HandlerReads.Body.JSON);
        assertThat(reads.bodyType()).isEqualTo(Documented.NewOrder.class);
        assertThat(reads.query()).isEqualTo(Map.of("dry-run", false, "tag", true));
        assertThat(reads.headers()).containsOnlyKeys("Idempotency-Key");
        assertThat(reads.cookies()).isEmpty();
    }

    @Test
    void readsInsideTheHandlersLambdasPastSwitchesAndWideConstants() throws NoSuchMethodException {
        HandlerReads reads =
                HandlerReads.of(Documented.Orders.class.getMethod("patch", RouteRequest.class, String.class));
        assertThat(reads.bodyType()).isEqualTo(Documented.Item.class);
    }

    @Test
    void aMethodWithoutAReadableClassFileReadsNothing() throws NoSuchMethodException {
        HandlerReads reads = HandlerReads.of(String.class.getMethod("trim")); // the boot loader: no class loader
        assertThat(reads.readsBody()).isFalse();
        assertThat(reads.query()).isEmpty();
    }

    @Test
    void everyInstructionOfTheseClassesAndOfTheJdksIsSteppedOverExactly() throws IOException {
        int walked = 0;
        for (String root : List.of("target/classes", "target/test-classes")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    walked += HandlerReads.methodsWalked(Files.readAllBytes(file));
                }
            }
        }
        // JDK classes with large switches, wide locals and every kind of constant.
        for (String jdk : List.of(
                "java/lang/Character.class",
                "java/util/HashMap.class",
                "java/math/BigDecimal.class",
                "java/util/regex/Pattern.class",
                "java/time/format/DateTimeFormatterBuilder.class")) {
            try (InputStream in = ClassLoader.getSystemResourceAsStream(jdk)) {
                walked += HandlerReads.methodsWalked(in.readAllBytes());
            }
        }
        assertThat(walked).isGreaterThan(2_000);
    }
}
