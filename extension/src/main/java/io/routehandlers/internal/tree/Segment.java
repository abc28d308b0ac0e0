package io.routehandlers.internal.tree;

/** One segment of a route path after route groups are removed. */
public sealed interface Segment {

    /** How the segment is written in a path, for messages and the route table. */
    String display();

    /** The param name, or {@code null} for a static segment. */
    default String paramName() {
        return null;
    }

    /** Whether the segment binds {@code List<String>} rather than {@code String}. */
    default boolean isCatchAll() {
        return false;
    }

    /** A literal segment, already percent-decoded ({@code %5Fname} is {@code _name}). */
    record Static(String value) implements Segment {
        @Override
        public String display() {
            return value;
        }
    }

    /** {@code [name]}: exactly one segment. */
    record Dynamic(String name) implements Segment {
        @Override
        public String display() {
            return "[" + name + "]";
        }

        @Override
        public String paramName() {
            return name;
        }
    }

    /** {@code [...name]}: one or more segments, last only. */
    record CatchAll(String name) implements Segment {
        @Override
        public String display() {
            return "[..." + name + "]";
        }

        @Override
        public String paramName() {
            return name;
        }

        @Override
        public boolean isCatchAll() {
            return true;
        }
    }

    /** {@code [[...name]]}: zero or more segments, last only. */
    record OptionalCatchAll(String name) implements Segment {
        @Override
        public String display() {
            return "[[..." + name + "]]";
        }

        @Override
        public String paramName() {
            return name;
        }

        @Override
        public boolean isCatchAll() {
            return true;
        }
    }
}
