package io.routehandlers.internal.cache;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The shape of a cached method's value type (S-8.13): whether JSON-B writes and reads it back as it was, a digest of
 * it for the cache key (a changed record is another shape, whose old bytes are never read), and whether its values
 * are immutable (kept decoded beside the store).
 *
 * @param description the shape, as the digest is taken of it: records with their components, enums with their
 *     constants, type arguments
 * @param immutable whether no value of the shape can be changed by whoever gets it: no list or map in it
 */
record ValueShape(String description, boolean immutable) {

    /** Text, numbers and booleans: what a key's arguments and a value's fields both may be. */
    static final Set<Class<?>> PLAIN = Set.of(
            String.class,
            Boolean.class,
            Character.class,
            Byte.class,
            Short.class,
            Integer.class,
            Long.class,
            Float.class,
            Double.class,
            BigDecimal.class,
            BigInteger.class);

    /** Types JSON-B writes as one JSON value and reads back equal, none of which can be changed. */
    private static final Set<Class<?>> SCALARS = scalars();

    private static Set<Class<?>> scalars() {
        Set<Class<?>> scalars = new HashSet<>(PLAIN);
        scalars.addAll(List.of(
                UUID.class,
                Instant.class,
                LocalDate.class,
                LocalTime.class,
                LocalDateTime.class,
                OffsetDateTime.class,
                Duration.class));
        return Set.copyOf(scalars);
    }

    /** Why a type cannot be a cached value. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * The shape of a value type.
     *
     * @param type the type, its type arguments resolved (an {@code Optional} or {@code CompletionStage} around it
     *     already removed)
     * @return the shape
     * @throws Unsupported when JSON-B would not read back what it wrote, with the reason
     */
    static ValueShape of(Type type) throws Unsupported {
        StringBuilder description = new StringBuilder();
        boolean immutable = describe(type, description, new HashSet<>());
        return new ValueShape(description.toString(), immutable);
    }

    /** A short digest of the shape, for keys: 64 bits of its SHA-256, in hex. */
    String digest() {
        return digest(description);
    }

    /** A short digest of a text of shapes: 64 bits of its SHA-256, in hex. */
    static String digest(String shapes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(shapes.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private static boolean describe(Type type, StringBuilder out, Set<Class<?>> open) throws Unsupported {
        if (type instanceof Class<?> c && c.isPrimitive() && c != void.class) {
            out.append(c.getName());
            return true;
        }
        if (type instanceof Class<?> c && SCALARS.contains(c)) {
            out.append(c.getName());
            return true;
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            out.append("enum ").append(c.getName()).append(List.of(c.getEnumConstants()));
            return true;
        }
        if (type instanceof Class<?> c && c.isRecord()) {
            out.append("record ").append(c.getName());
            if (!open.add(c)) {
                return true; // a record that holds itself, further in: its name says enough
            }
            out.append('(');
            boolean immutable = true;
            for (RecordComponent component : c.getRecordComponents()) {
                out.append(component.getName()).append(' ');
                try {
                    immutable &= describe(component.getGenericType(), out, open);
                } catch (Unsupported e) {
                    throw new Unsupported("its component " + component.getName() + " " + e.getMessage());
                }
                out.append(';');
            }
            out.append(')');
            open.remove(c);
            return immutable;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] arguments = p.getActualTypeArguments();
            if (raw == List.class) {
                out.append("list<");
                describe(argument(arguments[0], "list"), out, open);
                out.append('>');
                return false;
            }
            if (raw == Map.class) {
                if (arguments[0] != String.class) {
                    throw new Unsupported("is a map whose keys are not strings (JSON object keys are strings)");
                }
                out.append("map<");
                describe(argument(arguments[1], "map"), out, open);
                out.append('>');
                return false;
            }
            if (raw == Optional.class) {
                out.append("optional<");
                boolean immutable = describe(argument(arguments[0], "Optional"), out, open);
                out.append('>');
                return immutable;
            }
        }
        throw new Unsupported(reason(type));
    }

    private static Type argument(Type type, String of) throws Unsupported {
        if (type instanceof Class<?> || type instanceof ParameterizedType) {
            return type;
        }
        throw new Unsupported("is a " + of + " of " + type.getTypeName() + ", which is no concrete type");
    }

    private static String reason(Type type) {
        if (type == Object.class) {
            return "is Object, whose values JSON-B reads back as maps and lists";
        }
        if (type == void.class || type == Void.class) {
            return "returns nothing";
        }
        if (type instanceof Class<?> c && c.isInterface()) {
            return "is the interface " + c.getName() + ", which JSON-B cannot create";
        }
        if (type instanceof Class<?> c && c.isArray() || type instanceof GenericArrayType) {
            return "is an array; use a List";
        }
        if (type instanceof Class<?> c) {
            return "is the class " + c.getName()
                    + ", which is no record: JSON-B reads back only what its getters and setters hold (an entity would"
                    + " lose its state)";
        }
        if (type instanceof ParameterizedType p) {
            return "is " + p.getTypeName() + ", of which only List, Map and Optional are stored";
        }
        return "is " + type.getTypeName() + ", which is no concrete type";
    }
}
