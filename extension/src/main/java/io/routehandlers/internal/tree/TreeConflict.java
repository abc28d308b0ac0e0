package io.routehandlers.internal.tree;

/**
 * Why two routes cannot live in one tree.
 *
 * @param <T> what the tree holds at its ends
 */
public sealed interface TreeConflict<T> {

    /** Two routes answer the same URL. */
    record SameUrl<T>(String url, T first, T second) implements TreeConflict<T> {}

    /** Two routes name the dynamic segment at one position differently. */
    record ParamNames<T>(String position, String firstName, T first, String secondName, T second)
            implements TreeConflict<T> {}

    /** A catch-all and an optional catch-all at the same level. */
    record CatchAllBesideOptional<T>(String position, T catchAll, T optional) implements TreeConflict<T> {}

    /** An optional catch-all whose parent path is also a route: both would answer the parent. */
    record OptionalShadowsParent<T>(String url, T parent, T optional) implements TreeConflict<T> {}
}
