package io.routehandlers.internal.pipeline;

import io.routehandlers.CookieOptions;
import io.routehandlers.CookieStore;
import io.routehandlers.CookieValue;
import io.routehandlers.DraftMode;
import io.routehandlers.HeaderStore;
import io.routehandlers.HeaderValue;
import io.routehandlers.RequestCookie;
import io.routehandlers.SameSite;
import io.routehandlers.internal.cache.DraftCookies;
import io.routehandlers.internal.cookies.CookieHeader;
import io.routehandlers.internal.cookies.CookieJar;
import io.routehandlers.internal.exchange.AmbientExchange;
import io.routehandlers.internal.exchange.Exchange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Produces the request's stores for {@code @Inject}: {@link CookieStore} and {@link HeaderStore}, request scoped, and
 * single values qualified {@link HeaderValue} and {@link CookieValue}. They read the exchange of the handler call on
 * the thread ({@link CurrentCall}) under its guard, or, outside a route's call, the adapter's
 * {@link AmbientExchange}; a background render has neither, and sees no request data.
 */
@ApplicationScoped
public class RequestStores {

    @Inject
    CurrentCall calls;

    @Inject
    Instance<AmbientExchange> ambient;

    /** Resolved when a draft mode is produced: the stores work without it (a harness of the stores alone). */
    @Inject
    Instance<DraftCookies> drafts;

    /** The exchange a store reads now, when the current guard lets it read {@code what}. */
    private Optional<Exchange> readable(String what) {
        return calls.guard().read(what) ? exchange() : Optional.empty();
    }

    @Produces
    @RequestScoped
    CookieStore cookies() {
        return new CookieJar(
                () -> readable("cookies()")
                        .map(e -> CookieHeader.parse(e.headers("Cookie")))
                        .orElse(List.of()),
                calls::guard,
                calls::wrote);
    }

    /**
     * Draft mode (S-8.16): on a route's call, what the pipeline found in the request's cookie; elsewhere (a Jakarta REST
     * resource, a servlet), the cookie itself. Enabling and disabling go through the request's cookie store.
     */
    @Produces
    @RequestScoped
    DraftMode draftMode(CookieStore cookies) {
        DraftCookies drafts = this.drafts.get();
        return new DraftMode() {
            @Override
            public boolean isEnabled() {
                if (calls.active()) {
                    return DraftCookies.active();
                }
                return exchange().map(drafts::carries).orElse(false);
            }

            @Override
            public void enable() {
                if (!drafts.used()) {
                    // Requests are looked at only where DraftMode is injected: a cookie set now would do nothing.
                    throw new IllegalStateException("Draft mode is off in this application: no request is looked at"
                            + " for its cookie. Inject DraftMode (@Inject DraftMode draftMode) rather than looking it"
                            + " up through CDI.current().");
                }
                cookies.set(DraftMode.COOKIE, drafts.issue(), options());
            }

            @Override
            public void disable() {
                cookies.delete(DraftMode.COOKIE, options()); // as set, or a browser in a frame keeps it
            }

            private CookieOptions options() {
                boolean secure =
                        exchange().map(e -> e.origin().startsWith("https:")).orElse(false);
                return CookieOptions.builder()
                        .path("/")
                        .httpOnly(true)
                        .secure(secure)
                        .sameSite(secure ? SameSite.NONE : SameSite.LAX)
                        .build();
            }
        };
    }

    /** The exchange of the route's call on this thread, else the adapter's for the request, if any. */
    private Optional<Exchange> exchange() {
        if (calls.active()) {
            return calls.exchange();
        }
        return ambient.isResolvable() ? ambient.get().current() : Optional.empty();
    }

    @Produces
    @RequestScoped
    HeaderStore headers() {
        return new ExchangeHeaderStore(() -> readable("headers()"));
    }

    @Produces
    @HeaderValue("")
    Optional<String> header(InjectionPoint point, HeaderStore headers) {
        return headers.get(headerName(point));
    }

    @Produces
    @HeaderValue("")
    String requiredHeader(InjectionPoint point, HeaderStore headers) {
        String name = headerName(point);
        return headers.get(name)
                .orElseThrow(() -> new IllegalStateException("The request has no header '" + name + "' for "
                        + point.getMember() + ": inject @HeaderValue(\"" + name + "\") Optional<String> instead"));
    }

    @Produces
    @CookieValue("")
    Optional<String> cookie(InjectionPoint point, CookieStore cookies) {
        return cookies.get(cookieName(point)).map(RequestCookie::value);
    }

    @Produces
    @CookieValue("")
    String requiredCookie(InjectionPoint point, CookieStore cookies) {
        String name = cookieName(point);
        return cookies.get(name)
                .map(RequestCookie::value)
                .orElseThrow(() -> new IllegalStateException("The request has no cookie '" + name + "' for "
                        + point.getMember() + ": inject @CookieValue(\"" + name + "\") Optional<String> instead"));
    }

    private static String headerName(InjectionPoint point) {
        return point.getQualifiers().stream()
                .filter(HeaderValue.class::isInstance)
                .map(HeaderValue.class::cast)
                .findFirst()
                .orElseThrow()
                .value();
    }

    private static String cookieName(InjectionPoint point) {
        return point.getQualifiers().stream()
                .filter(CookieValue.class::isInstance)
                .map(CookieValue.class::cast)
                .findFirst()
                .orElseThrow()
                .value();
    }
}
