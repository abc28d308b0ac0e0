package io.routehandlers;

import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects one request header: {@code @Inject @HeaderValue("referer") Optional<String> referer;}. The value
 * is the one of the current request, so inject it into a {@code @RequestScoped} bean, or look it up
 * through {@code Instance}. A plain {@code String} injection point fails the request when the header is
 * absent; prefer {@code Optional<String>}.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface HeaderValue {

    /**
     * The header name, in any case.
     *
     * @return the name
     */
    @Nonbinding
    String value();
}
