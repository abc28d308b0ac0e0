package io.routehandlers.tck.broken;

import io.routehandlers.Cached;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** Cached methods deployment refuses: a key, a value, a profile, a method no interceptor reaches. */
@ApplicationScoped
public class BadlyCached {

    /** An entity-like class: JSON-B would read back an empty one. */
    public static class Customer {
        private String name;

        public String name() {
            return name;
        }
    }

    @Cached
    public String greeting(Customer customer) {
        return "hello";
    }

    @Cached
    public Customer customer(String id) {
        return new Customer();
    }

    @Cached(life = "hourly")
    public Map<String, String> labels(String locale) {
        return Map.of();
    }

    @Cached
    public final String sealed(String id) {
        return id;
    }
}
