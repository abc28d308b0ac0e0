package io.routehandlers.internal.openapi;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The JSON Schema of a Java type as JSON-B writes it (S-13.1): records and classes as objects whose properties have
 * their JSON-B names ({@code @JsonbProperty}, {@code @JsonbTransient} left out) in JSON-B's default lexicographic
 * order, collections and arrays as arrays ({@code byte[]} too: JSON-B's default binary strategy writes numbers),
 * maps as objects of values, {@code Optional} as its value, strings, enums, numbers, booleans, {@code java.time}
 * values and the other JDK types JSON-B writes as text, {@code Object} as any value. A type met again inside itself is an object
 * without properties, so recursive types end. Written by hand: MicroProfile OpenAPI's own scanner reads Jakarta REST
 * resources only, and no library maps types to its model.
 */
final class JsonSchemas {

    /** The {@code java.*} types JSON-B writes as strings, besides those with a format of their own. */
    private static final List<Class<?>> AS_STRINGS = List.of(
            URI.class,
            URL.class,
            Duration.class,
            Period.class,
            LocalTime.class,
            OffsetTime.class,
            Date.class,
            Calendar.class,
            TimeZone.class,
            ZoneId.class,
            Path.class,
            Locale.class);

    private final Set<Type> visiting = new HashSet<>();
    private final UnaryOperator<String> naming;

    /** Schemas whose property names follow a naming (S-15.6): JSON-B's strategy, or the Java names. */
    JsonSchemas(UnaryOperator<String> naming) {
        this.naming = naming;
    }

    /** The schema of a type. */
    Schema of(Type type) {
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class) {
            return OASFactory.createSchema(); // any JSON value
        }
        if (raw == String.class
                || raw == char.class
                || raw == Character.class
                || CharSequence.class.isAssignableFrom(raw)) {
            return typed(Schema.SchemaType.STRING);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return typed(Schema.SchemaType.BOOLEAN);
        }
        if (raw == int.class
                || raw == Integer.class
                || raw == short.class
                || raw == Short.class
                || raw == byte.class
                || raw == Byte.class) {
            return typed(Schema.SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class) {
            return typed(Schema.SchemaType.INTEGER).format("int64");
        }
        if (raw == BigInteger.class) {
            return typed(Schema.SchemaType.INTEGER);
        }
        if (raw == float.class || raw == Float.class) {
            return typed(Schema.SchemaType.NUMBER).format("float");
        }
        if (raw == double.class || raw == Double.class) {
            return typed(Schema.SchemaType.NUMBER).format("double");
        }
        if (raw == BigDecimal.class || Number.class.isAssignableFrom(raw)) {
            return typed(Schema.SchemaType.NUMBER);
        }
        if (raw == UUID.class) {
            return typed(Schema.SchemaType.STRING).format("uuid");
        }
        if (raw == Instant.class
                || raw == OffsetDateTime.class
                || raw == ZonedDateTime.class
                || raw == LocalDateTime.class) {
            return typed(Schema.SchemaType.STRING).format("date-time");
        }
        if (raw == LocalDate.class) {
            return typed(Schema.SchemaType.STRING).format("date");
        }
        if (raw == OptionalInt.class || raw == OptionalLong.class) {
            return typed(Schema.SchemaType.INTEGER);
        }
        if (raw == OptionalDouble.class) {
            return typed(Schema.SchemaType.NUMBER);
        }
        if (AS_STRINGS.stream().anyMatch(t -> t.isAssignableFrom(raw))) {
            return typed(Schema.SchemaType.STRING); // what JSON-B writes as text: URIs, durations, times, zones
        }
        if (raw.isEnum()) {
            Schema schema = typed(Schema.SchemaType.STRING);
            for (Object constant : raw.getEnumConstants()) {
                schema.addEnumeration(((Enum<?>) constant).name());
            }
            return schema;
        }
        if (raw == Optional.class) {
            return of(argument(type, 0));
        }
        if (raw.isArray()) {
            Type component =
                    type instanceof GenericArrayType array ? array.getGenericComponentType() : raw.getComponentType();
            return typed(Schema.SchemaType.ARRAY).items(of(component));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return typed(Schema.SchemaType.ARRAY).items(of(argument(type, 0)));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return typed(Schema.SchemaType.OBJECT).additionalPropertiesSchema(of(argument(type, 1)));
        }
        if (raw.getName().startsWith("java.") || !visiting.add(type)) {
            return typed(Schema.SchemaType.OBJECT);
        }
        try {
            return object(raw);
        } finally {
            visiting.remove(type);
        }
    }

    /** Bytes sent as they are: {@code type: string, format: binary}. */
    Schema binary() {
        return typed(Schema.SchemaType.STRING).format("binary");
    }

    /** A record's components, or a class's public fields and getters, by their JSON-B names, sorted. */
    private Schema object(Class<?> type) {
        Map<String, Schema> properties = new TreeMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                Field field = field(type, component.getName());
                if (accessor.isAnnotationPresent(JsonbTransient.class)
                        || (field != null && field.isAnnotationPresent(JsonbTransient.class))) {
                    continue;
                }
                properties.put(name(component.getName(), accessor, field), of(component.getGenericType()));
            }
        } else {
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(JsonbTransient.class)) {
                    properties.put(name(field.getName(), null, field), of(field.getGenericType()));
                }
            }
            for (Method method : type.getMethods()) {
                String property = property(method);
                if (property != null && !method.isAnnotationPresent(JsonbTransient.class)) {
                    properties.putIfAbsent(
                            name(property, method, field(type, property)), of(method.getGenericReturnType()));
                }
            }
        }
        Schema schema = typed(Schema.SchemaType.OBJECT);
        properties.forEach(schema::addProperty);
        return schema;
    }

    /** The bean property of a public getter, or {@code null}. */
    private static String property(Method method) {
        if (Modifier.isStatic(method.getModifiers())
                || method.getParameterCount() != 0
                || method.getDeclaringClass() == Object.class) {
            return null;
        }
        String name = method.getName();
        int prefix = name.startsWith("get") && method.getReturnType() != void.class
                ? 3
                : name.startsWith("is") && method.getReturnType() == boolean.class ? 2 : 0;
        if (prefix == 0 || name.length() == prefix) {
            return null;
        }
        return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
    }

    private String name(String property, Method accessor, Field field) {
        JsonbProperty named = accessor == null ? null : accessor.getAnnotation(JsonbProperty.class);
        if (named == null && field != null) {
            named = field.getAnnotation(JsonbProperty.class);
        }
        return named == null || named.value().isEmpty() ? naming.apply(property) : named.value();
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The class of a type: a parameterized type's raw class, a wildcard's or variable's bound. */
    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType array) {
            Class<?> component = raw(array.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        if (type instanceof WildcardType wildcard) {
            return raw(wildcard.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> variable) {
            return raw(variable.getBounds()[0]);
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index]
                : Object.class;
    }

    /**
     * A schema of a JSON type. MicroProfile OpenAPI 3.1 (Payara) sets it with {@code type(SchemaType)}, 4.x (Open
     * Liberty, WildFly) with {@code type(List<SchemaType>)}; the extension compiles against 3.1, so the call is
     * looked up on the server's model once.
     */
    static Schema typed(Schema.SchemaType type) {
        Schema schema = OASFactory.createSchema();
        SchemaTypes.set(schema, type);
        return schema;
    }

    /** The {@code Schema#type} setter of the server's MicroProfile OpenAPI. */
    private static final class SchemaTypes {
        private static volatile Method single;
        private static volatile Method list;

        static void set(Schema schema, Schema.SchemaType type) {
            try {
                if (list == null && single == null) {
                    try {
                        list = Schema.class.getMethod("type", List.class); // 4.x
                    } catch (NoSuchMethodException e) {
                        single = Schema.class.getMethod("type", Schema.SchemaType.class); // 3.x
                    }
                }
                if (list != null) {
                    list.invoke(schema, List.of(type));
                } else {
                    single.invoke(schema, type);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("This server's MicroProfile OpenAPI has no Schema#type setter", e);
            }
        }
    }
}
