package io.routehandlers.internal.scan;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who may call a handler (S-13.3), from {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on the
 * handler method or, when the method has none, its route class.
 */
public sealed interface Access {

    /** No annotation: every caller. */
    Access UNRESTRICTED = new Unrestricted();

    /** Whether a caller must be authenticated and checked before the handler runs. */
    default boolean restricted() {
        return false;
    }

    /** How the route table shows it; empty when unrestricted. */
    String describe();

    /** No annotation. */
    record Unrestricted() implements Access {
        @Override
        public String describe() {
            return "";
        }
    }

    /** {@code @PermitAll}: every caller, authenticated or not. */
    record PermitAll() implements Access {
        @Override
        public String describe() {
            return "permit all";
        }
    }

    /** {@code @DenyAll}: nobody; {@code 403}. */
    record DenyAll() implements Access {
        @Override
        public boolean restricted() {
            return true;
        }

        @Override
        public String describe() {
            return "deny all";
        }
    }

    /**
     * {@code @RolesAllowed}: an authenticated caller in one of the roles; the role {@code **} stands for every
     * authenticated caller, as in a servlet security constraint.
     *
     * @param roles the roles, sorted
     */
    record Roles(Set<String> roles) implements Access {

        /** The role that every authenticated caller has. */
        public static final String ANY_AUTHENTICATED = "**";

        public Roles {
            roles = Set.copyOf(new TreeSet<>(roles));
        }

        @Override
        public boolean restricted() {
            return true;
        }

        @Override
        public String describe() {
            return String.join(" ", new TreeSet<>(roles));
        }
    }
}
