package io.routehandlers.internal.cookies;

import io.routehandlers.CookieStore;
import io.routehandlers.CookieValue;
import io.routehandlers.HeaderStore;
import io.routehandlers.HeaderValue;
import io.routehandlers.RequestCookie;
import io.routehandlers.internal.http.CurrentRequest;
import io.routehandlers.internal.http.ExchangeHeaderStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.util.List;
import java.util.Optional;

/**
 * Produces the request's stores for {@code @Inject}: {@link CookieStore} and {@link HeaderStore}, request
 * scoped, and single values qualified {@link HeaderValue} and {@link CookieValue}.
 */
@ApplicationScoped
public class RequestStores {

    // The exchange is asked for only when the render may read request data: background renders have none.
    @Produces
    @RequestScoped
    CookieStore cookies(CurrentRequest current) {
        return new CookieJar(
                () -> current.guard().read("cookies()")
                        ? current.exchange()
                                .map(e -> CookieHeader.parse(e.headers("Cookie")))
                                .orElse(List.of())
                        : List.of(),
                current::guard);
    }

    @Produces
    @RequestScoped
    HeaderStore headers(CurrentRequest current) {
        return new ExchangeHeaderStore(() -> current.guard().read("headers()") ? current.exchange() : Optional.empty());
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
