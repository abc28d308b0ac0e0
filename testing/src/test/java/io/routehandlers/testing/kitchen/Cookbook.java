package io.routehandlers.testing.kitchen;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The recipes, in memory: an ordinary bean the routes inject. */
@ApplicationScoped
public class Cookbook {

    private final Map<String, Recipe> recipes = new ConcurrentSkipListMap<>(Map.of("soup", new Recipe("soup", "Soup")));

    public List<Recipe> all() {
        return List.copyOf(recipes.values());
    }

    public Optional<Recipe> find(String slug) {
        return Optional.ofNullable(recipes.get(slug));
    }

    public boolean add(Recipe recipe) {
        return recipes.putIfAbsent(recipe.slug(), recipe) == null;
    }
}
