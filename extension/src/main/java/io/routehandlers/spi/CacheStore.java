package io.routehandlers.spi;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Names a {@link ResponseCacheStore} bean that {@code routehandlers.cache.store} selects (S-12.1): with
 * {@code routehandlers.cache.store=jcache}, the route cache uses the bean qualified {@code @CacheStore("jcache")}.
 * Without the key (or with {@code memory}) it uses the application's unqualified store bean, else its own in-memory
 * store.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, METHOD, FIELD, PARAMETER})
public @interface CacheStore {

    /**
     * The store's name, the value of {@code routehandlers.cache.store}.
     *
     * @return the name
     */
    String value();

    /** An instance of the qualifier, to select a store by name. */
    final class Literal extends AnnotationLiteral<CacheStore> implements CacheStore {

        private static final long serialVersionUID = 1L;

        private final String value;

        private Literal(String value) {
            this.value = value;
        }

        /**
         * The qualifier naming a store.
         *
         * @param name the store's name
         * @return the qualifier
         */
        public static Literal of(String name) {
            return new Literal(name);
        }

        @Override
        public String value() {
            return value;
        }
    }
}
