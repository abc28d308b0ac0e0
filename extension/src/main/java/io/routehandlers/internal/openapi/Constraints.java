package io.routehandlers.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What the annotations of a property say about its schema (S-13.1): Jakarta Validation's constraints
 * ({@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank} make it required; {@code @Size}, {@code @Min}, {@code @Max},
 * {@code @DecimalMin}, {@code @DecimalMax}, {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative},
 * {@code @NegativeOrZero}, {@code @Pattern}, {@code @Email} give bounds, a pattern or a format) and MicroProfile
 * OpenAPI's {@code @Schema} (description, example, default, bounds, format, pattern, {@code required},
 * {@code readOnly}, {@code writeOnly}, {@code deprecated}, {@code hidden}), which wins. Constraints are read by their
 * annotation's name, so none of Validation's classes is needed: a record may carry them whether or not the server
 * has Validation. Constraints with groups other than the default one, and those on a type argument
 * ({@code List<@NotBlank String>}), are left out. A property that is a named schema (a {@code $ref}) keeps only its
 * being required: OpenAPI 3.0 ignores whatever stands beside a reference.
 */
final class Constraints {

    private static final String VALIDATION = "jakarta.validation.constraints.";

    private final List<Annotation> annotations;
    private final org.eclipse.microprofile.openapi.annotations.media.Schema schema;

    private Constraints(
            List<Annotation> annotations, org.eclipse.microprofile.openapi.annotations.media.Schema schema) {
        this.annotations = annotations;
        this.schema = schema;
    }

    /** The annotations of a property's component, field, accessor and type, whichever are given. */
    static Constraints of(AnnotatedElement... elements) {
        List<Annotation> found = new ArrayList<>();
        org.eclipse.microprofile.openapi.annotations.media.Schema schema = null;
        for (AnnotatedElement element : elements) {
            if (element == null) {
                continue;
            }
            for (Annotation annotation : element.getAnnotations()) {
                if (annotation instanceof org.eclipse.microprofile.openapi.annotations.media.Schema declared) {
                    schema = schema == null ? declared : schema;
                } else if (annotation.annotationType().getName().startsWith(VALIDATION) && defaultGroup(annotation)) {
                    found.add(annotation);
                }
            }
        }
        return new Constraints(found, schema);
    }

    /** {@code @Schema(hidden = true)}: the property is left out. */
    boolean hidden() {
        return schema != null && schema.hidden();
    }

    /** Whether the property must be present: {@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank}, or {@code @Schema(required)}. */
    boolean required() {
        return (schema != null && schema.required())
                || annotations.stream()
                        .map(a -> a.annotationType().getSimpleName())
                        .anyMatch(n -> n.equals("NotNull") || n.equals("NotEmpty") || n.equals("NotBlank"));
    }

    /** The schema of a property of type {@code type}, with the bounds, pattern and words of its annotations. */
    Schema applyTo(Schema property, Class<?> type) {
        if (property.getRef() != null) {
            return property;
        }
        Kind kind = Kind.of(type);
        for (Annotation annotation : annotations) {
            constraint(property, annotation, kind);
        }
        if (schema != null) {
            declared(property, kind);
        }
        return property;
    }

    private static void constraint(Schema property, Annotation annotation, Kind kind) {
        switch (annotation.annotationType().getSimpleName()) {
            case "NotEmpty" -> kind.size(property, 1, Integer.MAX_VALUE);
            case "NotBlank" -> property.setMinLength(1);
            case "Size" ->
                kind.size(property, (Integer) member(annotation, "min"), (Integer) member(annotation, "max"));
            case "Min" -> limit(property, BigDecimal.valueOf((Long) member(annotation, "value")), true, false, kind);
            case "Max" -> limit(property, BigDecimal.valueOf((Long) member(annotation, "value")), false, false, kind);
            case "DecimalMin" -> bound(property, annotation, true, kind);
            case "DecimalMax" -> bound(property, annotation, false, kind);
            case "Positive" -> limit(property, BigDecimal.ZERO, true, true, kind);
            case "PositiveOrZero" -> limit(property, BigDecimal.ZERO, true, false, kind);
            case "Negative" -> limit(property, BigDecimal.ZERO, false, true, kind);
            case "NegativeOrZero" -> limit(property, BigDecimal.ZERO, false, false, kind);
            case "Pattern" -> property.setPattern((String) member(annotation, "regexp"));
            case "Email" -> property.setFormat("email");
            default -> {} // @NotNull and @Null say nothing beyond required; others have no JSON Schema word
        }
    }

    private void declared(Schema property, Kind kind) {
        if (!schema.description().isBlank()) {
            property.setDescription(schema.description());
        }
        if (!schema.title().isBlank()) {
            property.setTitle(schema.title());
        }
        if (!schema.example().isBlank()) {
            property.setExample(kind.value(schema.example()));
        }
        if (!schema.defaultValue().isBlank()) {
            property.setDefaultValue(kind.value(schema.defaultValue()));
        }
        if (!schema.format().isBlank()) {
            property.setFormat(schema.format());
        }
        if (!schema.pattern().isBlank()) {
            property.setPattern(schema.pattern());
        }
        if (schema.minLength() > 0) {
            property.setMinLength(schema.minLength());
        }
        if (schema.maxLength() != Integer.MAX_VALUE) {
            property.setMaxLength(schema.maxLength());
        }
        limit(property, decimal(schema.minimum()), true, schema.exclusiveMinimum(), kind);
        limit(property, decimal(schema.maximum()), false, schema.exclusiveMaximum(), kind);
        if (schema.enumeration().length > 0) {
            property.setEnumeration(new ArrayList<>(Arrays.asList((Object[]) schema.enumeration())));
        }
        if (schema.readOnly()) {
            property.setReadOnly(true);
        }
        if (schema.writeOnly()) {
            property.setWriteOnly(true);
        }
        if (schema.deprecated()) {
            property.setDeprecated(true);
        }
    }

    /** {@code @DecimalMin} / {@code @DecimalMax}, inclusive or not; a malformed value is refused by Validation too. */
    private static void bound(Schema property, Annotation annotation, boolean lower, Kind kind) {
        boolean inclusive = !Boolean.FALSE.equals(member(annotation, "inclusive"));
        limit(property, decimal((String) member(annotation, "value")), lower, !inclusive, kind);
    }

    /**
     * A lower or upper bound, if any. An exclusive one of an integer is the next whole number, inclusive; of a
     * decimal, it is written as the server's MicroProfile OpenAPI writes one: a number of its own (4.x, OpenAPI 3.1)
     * or a flag beside the bound (3.x, OpenAPI 3.0).
     */
    private static void limit(Schema property, BigDecimal value, boolean lower, boolean exclusive, Kind kind) {
        if (value == null) {
            return;
        }
        BigDecimal bound = value;
        boolean flagged = exclusive;
        if (exclusive && kind == Kind.INTEGER) {
            bound = whole(value, lower).add(lower ? BigDecimal.ONE : BigDecimal.ONE.negate());
            flagged = false;
        }
        String word = lower ? "exclusiveMinimum" : "exclusiveMaximum";
        if (flagged && setter(word, BigDecimal.class, property, bound)) {
            return; // 4.x
        }
        if (lower) {
            property.setMinimum(bound);
        } else {
            property.setMaximum(bound);
        }
        if (flagged) {
            setter(word, Boolean.class, property, Boolean.TRUE); // 3.x; without it the bound stays inclusive
        }
    }

    /** Calls a setter the server's MicroProfile OpenAPI may lack; answers whether it had it and it worked. */
    private static boolean setter(String name, Class<?> type, Schema property, Object value) {
        try {
            Schema.class.getMethod(name, type).invoke(property, value);
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Whether a constraint applies when nothing names a group: no groups, or Validation's {@code Default}. */
    private static boolean defaultGroup(Annotation annotation) {
        Object groups = member(annotation, "groups");
        if (!(groups instanceof Class<?>[] classes) || classes.length == 0) {
            return true;
        }
        for (Class<?> group : classes) {
            if (group.getName().equals("jakarta.validation.groups.Default")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The whole number at or below ({@code floor}) or above a value, without the cost of {@code setScale} on an
     * exponent of millions ({@code 1e30000000} is whole; {@code 1e-30000000} is between 0 and 1).
     */
    private static BigDecimal whole(BigDecimal value, boolean floor) {
        if (value.scale() <= 0 || value.signum() == 0) {
            return value;
        }
        if (value.precision() <= value.scale()) { // strictly between -1 and 1
            int sign = value.signum();
            return floor
                    ? (sign > 0 ? BigDecimal.ZERO : BigDecimal.ONE.negate())
                    : (sign > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        return value.setScale(0, floor ? java.math.RoundingMode.FLOOR : java.math.RoundingMode.CEILING);
    }

    /** A number written as text, or {@code null} for blank or malformed text. */
    private static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object member(Annotation annotation, String name) {
        try {
            Method member = annotation.annotationType().getMethod(name);
            return member.invoke(annotation);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** What a property's Java type is in JSON, for the words that depend on it. */
    enum Kind {
        TEXT,
        ARRAY,
        OBJECT,
        INTEGER,
        DECIMAL,
        OTHER;

        static Kind of(Class<?> type) {
            if (type == null) {
                return OTHER;
            }
            if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
                return TEXT;
            }
            if (type.isArray() || Collection.class.isAssignableFrom(type)) {
                return ARRAY;
            }
            if (Map.class.isAssignableFrom(type)) {
                return OBJECT;
            }
            if (type == int.class
                    || type == long.class
                    || type == short.class
                    || type == byte.class
                    || type == Integer.class
                    || type == Long.class
                    || type == Short.class
                    || type == Byte.class
                    || type == BigInteger.class
                    || type == java.util.OptionalInt.class
                    || type == java.util.OptionalLong.class) {
                return INTEGER;
            }
            if (type == double.class || type == float.class || Number.class.isAssignableFrom(type)) {
                return DECIMAL;
            }
            return OTHER;
        }

        /** {@code @Size} / {@code @NotEmpty}: lengths of text, items of arrays, properties of objects. */
        void size(Schema property, Integer min, Integer max) {
            boolean lower = min != null && min > 0;
            boolean upper = max != null && max != Integer.MAX_VALUE;
            switch (this) {
                case TEXT -> {
                    if (lower) {
                        property.setMinLength(min);
                    }
                    if (upper) {
                        property.setMaxLength(max);
                    }
                }
                case ARRAY -> {
                    if (lower) {
                        property.setMinItems(min);
                    }
                    if (upper) {
                        property.setMaxItems(max);
                    }
                }
                case OBJECT -> {
                    if (lower) {
                        property.setMinProperties(min);
                    }
                    if (upper) {
                        property.setMaxProperties(max);
                    }
                }
                default -> {}
            }
        }

        /** An example or default written as text, as the JSON value the property holds. */
        Object value(String text) {
            try {
                return switch (this) {
                    case INTEGER -> new BigInteger(text.trim());
                    case DECIMAL -> new BigDecimal(text.trim());
                    default -> text;
                };
            } catch (NumberFormatException e) {
                return text;
            }
        }
    }
}
