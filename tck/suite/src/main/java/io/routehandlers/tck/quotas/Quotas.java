package io.routehandlers.tck.quotas;

import io.routehandlers.ConcurrencyLimit;
import io.routehandlers.Param;
import io.routehandlers.RateLimit;
import io.routehandlers.Route;
import io.routehandlers.RouteRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import java.time.temporal.ChronoUnit;

/** The limited routes of the slice; each counts its calls in {@link Calls}. */
public final class Quotas {

    private Quotas() {}

    /** Three a minute per client, for the class's one handler. */
    @Route("/quota/counted")
    @RateLimit(3)
    public static class Counted {
        @Inject
        Calls calls;

        @GET
        public String get() {
            calls.called("counted");
            return "counted";
        }

        /** Takes a body: a refused request's is never read. */
        @POST
        public String post(RouteRequest request) {
            calls.called("counted");
            return request.text();
        }
    }

    /** One per two-second window, to see a window end. */
    @Route("/quota/short")
    @RateLimit(value = 1, window = 2, windowUnit = ChronoUnit.SECONDS)
    public static class Short {
        @Inject
        Calls calls;

        @GET
        public String get() {
            calls.called("short");
            return "short";
        }
    }

    /** Two a minute shared by GET and DELETE; POST has its own, one for all callers. */
    @Route("/quota/split")
    @RateLimit(2)
    public static class Split {
        @GET
        public String get() {
            return "get";
        }

        @DELETE
        public String delete() {
            return "delete";
        }

        @POST
        @RateLimit(value = 1, per = RateLimit.Per.GLOBAL)
        public String post() {
            return "post";
        }
    }

    /** A hundred by annotation; the slice's configuration makes it two. */
    @Route("/quota/configured")
    @RateLimit(100)
    public static class Configured {
        @GET
        public String get() {
            return "configured";
        }
    }

    /** One in flight; each takes a second and a half. */
    @Route("/quota/slow")
    public static class Slow {
        @Inject
        Calls calls;

        @GET
        @ConcurrencyLimit(1)
        public String get() throws InterruptedException {
            calls.called("slow");
            Thread.sleep(1_500);
            return "slow";
        }
    }

    /** One in flight and one waiting, up to ten seconds; each takes a second and a half. */
    @Route("/quota/queued")
    @ConcurrencyLimit(value = 1, queue = 1, maxWait = 10, maxWaitUnit = ChronoUnit.SECONDS)
    public static class Queued {
        @Inject
        Calls calls;

        @GET
        public String get() throws InterruptedException {
            calls.called("queued");
            Thread.sleep(1_500);
            return "queued";
        }
    }

    /** Limited by {@link PartnerKeys}, per API key. */
    @Route("/quota/partner")
    public static class Partner {
        @GET
        public String get() {
            return "partner";
        }
    }

    /** The calls of one handler. */
    @Route("/quota/calls/[handler]")
    public static class Count {
        @Inject
        Calls calls;

        @GET
        public String get(@Param("handler") String handler) {
            return Integer.toString(calls.calls(handler));
        }
    }
}
