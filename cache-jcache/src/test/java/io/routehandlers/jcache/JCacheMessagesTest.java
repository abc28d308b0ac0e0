package io.routehandlers.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** The store's two lines, whole, under the route cache's logger, and listed in docs/runtime-messages.md. */
class JCacheMessagesTest {

    @Test
    void theStoreSaysWhatItUsesAndWhichTimeoutsItSet() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        JCacheMessages.LOGGER.addHandler(capture);
        try {
            JCacheMessages.store("caches a, a-revalidations and a-leases", ", provider p");
            JCacheMessages.open("Redisson response and connect timeouts 1000 ms, no retries");
        } finally {
            JCacheMessages.LOGGER.removeHandler(capture);
        }
        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.INFO, Level.INFO);
        assertThat(records)
                .extracting(LogRecord::getMessage)
                .containsExactly(
                        "RH-150 Route cache: JCache store, caches a, a-revalidations and a-leases, provider p.",
                        "RH-151 Route cache: JCache caches open, Redisson response and connect timeouts 1000 ms, no"
                                + " retries.");
    }

    @Test
    void theDocsListBothLinesAsThisModules() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("../docs/runtime-messages.md")).stream()
                .filter(line -> line.contains("routehandlers-jcache") && line.startsWith("| RH-"))
                .map(line -> line.substring(2, 8))
                .toList();
        assertThat(rows).containsExactly("RH-150", "RH-151");
    }
}
