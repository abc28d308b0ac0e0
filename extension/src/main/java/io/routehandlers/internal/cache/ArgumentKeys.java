package io.routehandlers.internal.cache;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a cached method's key its arguments make (S-8.13): each argument written so that two argument lists
 * give one key exactly when they are equal. Strings are written with their length, so no string can pass for two;
 * records by their components, in order; lists by their elements.
 */
final class ArgumentKeys {

    /** The accessors of each record type, in component order, made accessible once. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true); // a record nested private in the application's class
            }
            return accessors;
        }
    };

    private ArgumentKeys() {}

    /**
     * Checks that values of a parameter type can be written into a key.
     *
     * @param type the parameter's type
     * @return empty when they can; else the type, or the part of it, that cannot
     */
    static Optional<String> unsupported(Type type) {
        return unsupported(type, new HashSet<>());
    }

    private static Optional<String> unsupported(Type type, Set<Class<?>> open) {
        if (type instanceof Class<?> c) {
            if (c.isPrimitive() || ValueShape.PLAIN.contains(c) || c.isEnum()) {
                return Optional.empty();
            }
            if (c.isRecord()) {
                if (!open.add(c)) {
                    return Optional.empty();
                }
                for (RecordComponent component : c.getRecordComponents()) {
                    Optional<String> inner = unsupported(component.getGenericType(), open);
                    if (inner.isPresent()) {
                        return inner;
                    }
                }
                open.remove(c);
                return Optional.empty();
            }
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return unsupported(p.getActualTypeArguments()[0], open);
        }
        return Optional.of(type.getTypeName());
    }

    /**
     * Writes one argument.
     *
     * @param value the argument, of a type {@link #unsupported} accepted
     * @param key where to write it
     */
    static void append(Object value, StringBuilder key) {
        if (value == null) {
            key.append('~');
        } else if (value instanceof String s) {
            key.append('s').append(s.length()).append(':').append(s);
        } else if (value instanceof Boolean b) {
            key.append(b ? 't' : 'f');
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte) {
            key.append('i').append(value);
        } else if (value instanceof Double || value instanceof Float) {
            key.append('d').append(value);
        } else if (value instanceof BigDecimal || value instanceof BigInteger) {
            key.append('n').append(value);
        } else if (value instanceof Character c) {
            key.append('c').append(c.charValue());
        } else if (value instanceof Enum<?> e) {
            key.append('e').append(e.name());
        } else if (value instanceof Record r) {
            key.append('(');
            for (Method accessor : ACCESSORS.get(r.getClass())) {
                append(read(accessor, r), key);
                key.append(',');
            }
            key.append(')');
        } else if (value instanceof List<?> list) {
            key.append('[');
            for (Object element : list) {
                append(element, key);
                key.append(',');
            }
            key.append(']');
        } else {
            // Not reached for the types deployment accepted; a subclass would need its own encoding.
            throw new IllegalArgumentException(
                    "A cache key cannot hold a " + value.getClass().getName());
        }
    }

    private static Object read(Method accessor, Record r) {
        try {
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The record component " + accessor + " cannot be read", e);
        }
    }
}
