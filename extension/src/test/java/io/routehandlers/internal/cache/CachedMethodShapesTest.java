package io.routehandlers.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys and value shapes of cached methods (S-8.13). */
class CachedMethodShapesTest {

    enum Sort {
        NAME
    }

    record Query(String text, Sort sort, List<Integer> pages) {}

    record Product(String sku, long cents, Instant added, Optional<String> note) {}

    record Page(List<Product> products, Map<String, Product> bySku) {}

    record Product2(String sku, long cents, Instant added) {}

    record Tree(String name, List<Tree> children) {}

    static class Entity {
        String name;
    }

    record Holder(Entity entity) {}

    private static String key(Object... arguments) {
        StringBuilder key = new StringBuilder();
        for (Object argument : arguments) {
            ArgumentKeys.append(argument, key);
            key.append(',');
        }
        return key.toString();
    }

    @Test
    void argumentsGiveOneKeyExactlyWhenTheyAreEqual() {
        assertThat(key("a,b")).isNotEqualTo(key("a", "b"));
        assertThat(key("1")).isNotEqualTo(key(1));
        assertThat(key((Object) null)).isNotEqualTo(key("~"));
        assertThat(key(List.of("a", "b"))).isNotEqualTo(key(List.of("a,b")));
        assertThat(key(new Query("lamp", Sort.NAME, List.of(1, 2))))
                .isEqualTo(key(new Query("lamp", Sort.NAME, List.of(1, 2))))
                .isNotEqualTo(key(new Query("lamp", Sort.NAME, List.of(12))));
    }

    @Test
    void keyTypesAreStringsNumbersBooleansEnumsRecordsAndListsOfThem() throws Exception {
        assertThat(ArgumentKeys.unsupported(Query.class)).isEmpty();
        assertThat(ArgumentKeys.unsupported(int.class)).isEmpty();
        assertThat(ArgumentKeys.unsupported(type("listOfQueries"))).isEmpty();
        assertThat(ArgumentKeys.unsupported(Object.class)).hasValue("java.lang.Object");
        assertThat(ArgumentKeys.unsupported(Holder.class)).hasValue(Entity.class.getName());
    }

    @Test
    void recordsListsMapsAndScalarsAreStoredAndOnlyThoseWithoutListsAreImmutable() throws Exception {
        assertThat(ValueShape.of(Product.class).immutable()).isTrue();
        assertThat(ValueShape.of(Page.class).immutable()).isFalse();
        assertThat(ValueShape.of(type("listOfQueries")).immutable()).isFalse();
        assertThat(ValueShape.of(Tree.class).description())
                .isEqualTo("record " + Tree.class.getName() + "(name java.lang.String;children list<record "
                        + Tree.class.getName() + ">;)");
    }

    @Test
    void aChangedRecordIsAnotherShape() throws Exception {
        assertThat(ValueShape.of(Product.class).digest())
                .hasSize(16)
                .isNotEqualTo(ValueShape.of(Product2.class).digest());
        assertThat(ValueShape.of(Product.class).digest())
                .isEqualTo(ValueShape.of(Product.class).digest());
    }

    @Test
    void entitiesObjectsInterfacesAndMapsWithOtherKeysAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> ValueShape.of(Holder.class))
                .hasMessage("its component entity is the class " + Entity.class.getName()
                        + ", which is no record: JSON-B reads back only what its getters and setters hold (an entity"
                        + " would lose its state)");
        assertThatThrownBy(() -> ValueShape.of(Object.class))
                .hasMessage("is Object, whose values JSON-B reads back as maps and lists");
        assertThatThrownBy(() -> ValueShape.of(CharSequence.class))
                .hasMessage("is the interface java.lang.CharSequence, which JSON-B cannot create");
        assertThatThrownBy(() -> ValueShape.of(type("byNumber")))
                .hasMessage("is a map whose keys are not strings (JSON object keys are strings)");
    }

    @SuppressWarnings("unused")
    private static List<Query> listOfQueries() {
        return List.of();
    }

    @SuppressWarnings("unused")
    private static Map<Integer, Product> byNumber() {
        return Map.of();
    }

    private static Type type(String method) throws NoSuchMethodException {
        return CachedMethodShapesTest.class.getDeclaredMethod(method).getGenericReturnType();
    }
}
