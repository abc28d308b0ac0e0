package io.routehandlers.internal.openapi;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.AnnotatedElement;
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
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The JSON Schema of a Java type as JSON-B writes it (S-13.1): records and classes as objects whose properties have
 * their JSON-B names ({@code @JsonbProperty}, {@code @JsonbTransient} left out) in JSON-B's default lexicographic
 * order, collections and arrays as arrays ({@code byte[]} too: JSON-B's default binary strategy writes numbers),
 * maps as objects of values, {@code Optional} as its value, strings, enums, numbers, booleans, {@code java.time}
 * values and the other JDK types JSON-B writes as text, {@code Object} as any value. Records and classes are named
 * schemas of the document's components, referred to where used (so recursive types end, and a client generator
 * names its classes after them): the class's simple name, or its {@code @Schema(name)}, made unique. A property's
 * MicroProfile OpenAPI {@code @Schema} (description, example, bounds, {@code required}, {@code hidden}...) and its
 * Jakarta Validation constraints ({@code @NotNull}, {@code @Size}, {@code @Min}, {@code @Pattern}...) are read by
 * name ({@link Constraints}), so Validation need not be on the server. Written by hand: MicroProfile OpenAPI's own
 * scanner reads Jakarta REST resources only, and no library maps types to its model.
 */
final class JsonSchemas {

    /** Where a component schema is referred to from. */
    static final String COMPONENTS = "#/components/schemas/";

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

    private final UnaryOperator<String> naming;
    private final Set<String> taken;
    private final Map<Type, String> names = new HashMap<>();
    private final Map<String, Schema> named = new LinkedHashMap<>();
    private final Map<String, String> builtIn = new HashMap<>();

    /**
     * Schemas whose property names follow a naming (S-15.6): JSON-B's strategy, or the Java names; the names of
     * {@code taken} (the document's own components) are left to their owners.
     */
    JsonSchemas(UnaryOperator<String> naming, Set<String> taken) {
        this.naming = naming;
        this.taken = new HashSet<>(taken);
    }

    /** The named schemas made so far, in the order they were first met, for the document's components. */
    Map<String, Schema> components() {
        return Collections.unmodifiableMap(named);
    }

    /** How many named schemas there are: a mark to {@link #forget} back to. */
    int mark() {
        return named.size();
    }

    /** Forgets the named schemas made after a mark: those of paths that were not added after all. */
    void forget(int mark) {
        List<String> later = new ArrayList<>(named.keySet()).subList(mark, named.size());
        for (String name : later) {
            named.remove(name);
            taken.remove(name);
            names.values().remove(name);
            builtIn.values().remove(name);
        }
    }

    /** The schema of a type. */
    Schema of(Type type) {
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0]); // List<? extends Item>: items of Item
        }
        if (type instanceof TypeVariable<?> variable) {
            return of(variable.getBounds()[0]);
        }
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
        if (raw.getName().startsWith("java.")) {
            return typed(Schema.SchemaType.OBJECT);
        }
        String name = names.get(type);
        if (name == null) {
            name = uniqueName(type, raw);
            names.put(type, name);
            taken.add(name);
            named.put(name, typed(Schema.SchemaType.OBJECT)); // listed before the types its properties name
            named.put(name, object(type, raw)); // met again inside itself, it is a reference: names has it
        }
        return OASFactory.createSchema().ref(COMPONENTS + name);
    }

    /**
     * A component name for a type: its {@code @Schema(name)}, or its simple name followed by those of its type
     * arguments ({@code PageItem}), or with those of its enclosing classes ({@code ItemsRouteFilter}) when another
     * type has it, then numbered.
     */
    private String uniqueName(Type type, Class<?> raw) {
        org.eclipse.microprofile.openapi.annotations.media.Schema declared =
                raw.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        StringBuilder simple = new StringBuilder(
                declared != null && !declared.name().isBlank() ? declared.name() : raw.getSimpleName());
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                Class<?> argumentClass = raw(argument);
                simple.append(argumentClass == null ? "Object" : argumentClass.getSimpleName());
            }
        }
        String candidate = componentName(simple.toString());
        for (Class<?> outer = raw.getEnclosingClass();
                taken.contains(candidate) && outer != null;
                outer = outer.getEnclosingClass()) {
            candidate = componentName(outer.getSimpleName() + candidate);
        }
        String unique = candidate;
        for (int i = 1; taken.contains(unique); i++) {
            unique = candidate + i;
        }
        return unique;
    }

    /**
     * A name as components may have it: letters, digits, '.', '-' and '_' (OpenAPI 3.0, 4.8.7.1); {@code Item[]} is
     * {@code ItemArray}, an anonymous class {@code Anonymous}.
     */
    private static String componentName(String name) {
        String clean = name.replace("[]", "Array").replaceAll("[^A-Za-z0-9._-]", "_");
        return clean.isEmpty() ? "Anonymous" : clean;
    }

    /**
     * The schema a MicroProfile OpenAPI {@code @Schema} annotation names: its {@code implementation} (an array of it
     * with {@code type = ARRAY}), else its {@code type} and {@code format}, else that of {@code fallback}.
     */
    Schema declared(org.eclipse.microprofile.openapi.annotations.media.Schema declared, Type fallback) {
        org.eclipse.microprofile.openapi.annotations.enums.SchemaType type = declared.type();
        boolean array = type == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY;
        if (declared.implementation() != Void.class) {
            Schema schema = of(declared.implementation());
            return array ? typed(Schema.SchemaType.ARRAY).items(schema) : schema;
        }
        if (type == org.eclipse.microprofile.openapi.annotations.enums.SchemaType.DEFAULT) {
            return of(fallback);
        }
        Schema schema = typed(Schema.SchemaType.valueOf(type.name()));
        if (!declared.format().isBlank()) {
            schema.setFormat(declared.format());
        }
        return schema;
    }

    /**
     * A reference to a named schema that no Java type describes (the problem details of error answers), made once
     * under {@code name}, or a free name near it.
     */
    Schema component(String name, java.util.function.Supplier<Schema> schema) {
        String unique = builtIn.get(name);
        if (unique == null) {
            unique = name;
            for (int i = 1; taken.contains(unique); i++) {
                unique = name + i;
            }
            builtIn.put(name, unique);
            taken.add(unique);
            named.put(unique, schema.get());
        }
        return OASFactory.createSchema().ref(COMPONENTS + unique);
    }

    /** Bytes sent as they are: {@code type: string, format: binary}. */
    Schema binary() {
        return typed(Schema.SchemaType.STRING).format("binary");
    }

    /**
     * A record's components, or a class's public fields and getters, by their JSON-B names, sorted, with what their
     * annotations say ({@link Constraints}); the class's own {@code @Schema} gives the title and description.
     */
    private Schema object(Type type, Class<?> raw) {
        Map<String, Schema> properties = new TreeMap<>();
        Set<String> required = new TreeSet<>();
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                Method accessor = component.getAccessor();
                Field field = field(raw, component.getName());
                if (accessor.isAnnotationPresent(JsonbTransient.class)
                        || (field != null && field.isAnnotationPresent(JsonbTransient.class))) {
                    continue;
                }
                property(
                        properties,
                        required,
                        name(component.getName(), accessor, field),
                        resolve(component.getGenericType(), type, raw),
                        component,
                        field,
                        accessor,
                        component.getAnnotatedType());
            }
        } else {
            for (Field field : raw.getFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(JsonbTransient.class)) {
                    property(
                            properties,
                            required,
                            name(field.getName(), null, field),
                            resolve(field.getGenericType(), type, raw),
                            field,
                            field.getAnnotatedType());
                }
            }
            for (Method method : raw.getMethods()) {
                String property = property(method);
                if (property != null && !method.isAnnotationPresent(JsonbTransient.class)) {
                    String name = name(property, method, field(raw, property));
                    if (!properties.containsKey(name)) {
                        Field field = field(raw, property);
                        property(
                                properties,
                                required,
                                name,
                                resolve(method.getGenericReturnType(), type, raw),
                                method,
                                field,
                                method.getAnnotatedReturnType());
                    }
                }
            }
        }
        Schema schema = typed(Schema.SchemaType.OBJECT);
        properties.forEach(schema::addProperty);
        required.forEach(schema::addRequired);
        org.eclipse.microprofile.openapi.annotations.media.Schema declared =
                raw.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (declared != null && !declared.description().isBlank()) {
            schema.setDescription(declared.description());
        }
        if (declared != null && !declared.title().isBlank()) {
            schema.setTitle(declared.title());
        }
        return schema;
    }

    /** One property: its schema, with what the annotations of its component, field, accessor and type say. */
    private void property(
            Map<String, Schema> properties,
            Set<String> required,
            String name,
            Type type,
            AnnotatedElement... annotated) {
        Constraints constraints = Constraints.of(annotated);
        if (constraints.hidden()) {
            return;
        }
        Type value = raw(type) == Optional.class ? argument(type, 0) : type;
        properties.put(name, constraints.applyTo(of(value), raw(value)));
        if (constraints.required()) {
            required.add(name);
        }
    }

    /**
     * A property's type with the type arguments of its class and of the superclasses it extends filled in:
     * {@code List<T> items} of {@code Page<Item>} is a {@code List<Item>}, {@code T value} of a {@code Base<T>} that
     * {@code ItemBox extends Base<Item>} is an {@code Item}.
     */
    private static Type resolve(Type property, Type owner, Class<?> raw) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (owner instanceof ParameterizedType p) {
            TypeVariable<?>[] parameters = raw.getTypeParameters();
            for (int i = 0; i < parameters.length; i++) {
                bindings.put(parameters[i], p.getActualTypeArguments()[i]);
            }
        }
        bindSupertypes(raw, bindings, new HashSet<>());
        return bindings.isEmpty() ? property : substitute(property, bindings);
    }

    /** The type arguments a class gives its superclass and interfaces, and theirs, as bindings of their variables. */
    private static void bindSupertypes(Class<?> type, Map<TypeVariable<?>, Type> bindings, Set<Class<?>> seen) {
        if (type == null || type == Object.class || !seen.add(type)) {
            return;
        }
        List<Type> supertypes = new ArrayList<>(List.of(type.getGenericInterfaces()));
        supertypes.add(0, type.getGenericSuperclass());
        for (Type supertype : supertypes) {
            if (supertype instanceof ParameterizedType parent && parent.getRawType() instanceof Class<?> parentClass) {
                TypeVariable<?>[] parameters = parentClass.getTypeParameters();
                for (int i = 0; i < parameters.length; i++) {
                    bindings.put(parameters[i], substitute(parent.getActualTypeArguments()[i], bindings));
                }
            }
            bindSupertypes(raw(supertype), bindings, seen);
        }
    }

    private static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            return bindings.getOrDefault(variable, type);
        }
        if (type instanceof WildcardType wildcard) {
            return substitute(wildcard.getUpperBounds()[0], bindings); // the schema of a wildcard is its bound's
        }
        if (type instanceof GenericArrayType array) {
            Type component = substitute(array.getGenericComponentType(), bindings);
            return component instanceof Class<?> c ? c.arrayType() : new BoundArray(component);
        }
        if (type instanceof ParameterizedType p) {
            Type[] arguments = p.getActualTypeArguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = substitute(arguments[i], bindings);
            }
            return new Bound(p.getRawType(), arguments, p.getOwnerType());
        }
        return type;
    }

    /** A generic array type with its component filled in; equal to the JDK's own for the same type. */
    private record BoundArray(Type getGenericComponentType) implements GenericArrayType {
        @Override
        public boolean equals(Object other) {
            return other instanceof GenericArrayType array
                    && getGenericComponentType.equals(array.getGenericComponentType());
        }

        @Override
        public int hashCode() { // as the JDK's GenericArrayTypeImpl
            return java.util.Objects.hashCode(getGenericComponentType);
        }

        @Override
        public String toString() {
            return getGenericComponentType.getTypeName() + "[]";
        }
    }

    /** A parameterized type with its arguments filled in; equal to the JDK's own for the same type. */
    private record Bound(Type getRawType, Type[] getActualTypeArguments, Type getOwnerType)
            implements ParameterizedType {
        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType p
                    && getRawType.equals(p.getRawType())
                    && java.util.Objects.equals(getOwnerType, p.getOwnerType())
                    && java.util.Arrays.equals(getActualTypeArguments, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() { // as the JDK's ParameterizedTypeImpl
            return java.util.Arrays.hashCode(getActualTypeArguments)
                    ^ java.util.Objects.hashCode(getOwnerType)
                    ^ java.util.Objects.hashCode(getRawType);
        }

        @Override
        public Type[] getActualTypeArguments() {
            return getActualTypeArguments.clone();
        }

        @Override
        public String toString() {
            return getRawType.getTypeName() + java.util.Arrays.toString(getActualTypeArguments);
        }
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
