package io.routehandlers.sample;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The items, in memory: an ordinary CDI bean that routes inject. */
@ApplicationScoped
public class Catalogue {

    private final Map<String, Item> items = new ConcurrentSkipListMap<>(Map.of(
            "lamp", new Item("lamp", "Desk lamp", 3900),
            "mug", new Item("mug", "Coffee mug", 1200)));

    public List<Item> all() {
        return List.copyOf(items.values());
    }

    public Optional<Item> find(String slug) {
        return Optional.ofNullable(items.get(slug));
    }

    /** Adds the item; false when the slug is taken. */
    public boolean add(Item item) {
        return items.putIfAbsent(item.slug(), item) == null;
    }

    /** Replaces the item of its slug, or adds it. */
    public void put(Item item) {
        items.put(item.slug(), item);
    }

    public Optional<Item> remove(String slug) {
        return Optional.ofNullable(items.remove(slug));
    }
}
