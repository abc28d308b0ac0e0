package io.routehandlers;

import jakarta.enterprise.util.Nonbinding;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects one request cookie: {@code @Inject @CookieValue("token") Optional<String> token;}. The value
 * is the one of the current request, so inject it into a {@code @RequestScoped} bean, or look it up
 * through {@code Instance}. A plain {@code String} injection point fails the request when the cookie is
 * absent; prefer {@code Optional<String>}.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface CookieValue {

    /**
     * The cookie name.
     *
     * @return the name
     */
    @Nonbinding
    String value();
}
