package io.routehandlers.tck.openliberty;

import io.routehandlers.Param;
import io.routehandlers.Route;
import jakarta.ws.rs.GET;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

/** A handler under MicroProfile Fault Tolerance: a slow quote times out and falls back. */
@Route("/quotes/[symbol]")
public class SlowQuotes {

    @GET
    @Timeout(value = 300, unit = ChronoUnit.MILLIS)
    @Fallback(fallbackMethod = "stale")
    public String get(@Param("symbol") String symbol) throws InterruptedException {
        if (symbol.equals("slow")) {
            Thread.sleep(5_000);
        }
        return "fresh " + symbol;
    }

    /** The fallback: the same parameters, another answer. */
    public String stale(String symbol) {
        return "stale " + symbol;
    }

    /** Without a fallback: the timeout is a handler failure. */
    @Route("/quotes-strict/[symbol]")
    public static class Strict {
        @GET
        @Timeout(value = 300, unit = ChronoUnit.MILLIS)
        public String get(@Param("symbol") String symbol) throws InterruptedException {
            Thread.sleep(5_000);
            return "never " + symbol;
        }
    }
}
