package io.routehandlers;

/**
 * Ends a handler early, like Next.js's {@code next/navigation}. Each helper throws a
 * {@link NavigationException}; it is declared to return it so that both forms compile:
 *
 * <pre>
 * import static io.routehandlers.Navigation.*;
 *
 * if (user.isEmpty()) redirect("/login");          // 307
 * Item item = items.find(slug).orElseThrow(Navigation::notFound);
 * throw forbidden();
 * </pre>
 *
 * <p>Every answer has an empty body. After a {@code POST} with an urlencoded or multipart body,
 * {@code redirect} and {@code permanentRedirect} answer {@code 303 See Other}, so a browser form
 * follows with {@code GET}.
 */
public final class Navigation {

    private Navigation() {}

    /**
     * Redirects with {@code 307 Temporary Redirect} ({@code 303} after a form POST).
     *
     * @param url the {@code Location}, sent as given except that every character but visible ASCII (controls,
     *     space, characters outside ASCII) is percent-encoded as UTF-8
     * @return never returns
     * @throws NavigationException always
     */
    public static NavigationException redirect(String url) {
        throw new NavigationException(NavigationException.Kind.REDIRECT, HttpSyntax.location(url));
    }

    /**
     * Redirects with {@code 308 Permanent Redirect} ({@code 303} after a form POST).
     *
     * @param url the {@code Location}, sent as given except that every character but visible ASCII (controls,
     *     space, characters outside ASCII) is percent-encoded as UTF-8
     * @return never returns
     * @throws NavigationException always
     */
    public static NavigationException permanentRedirect(String url) {
        throw new NavigationException(NavigationException.Kind.PERMANENT_REDIRECT, HttpSyntax.location(url));
    }

    /**
     * Answers {@code 404 Not Found}.
     *
     * @return never returns
     * @throws NavigationException always
     */
    public static NavigationException notFound() {
        throw new NavigationException(NavigationException.Kind.NOT_FOUND, null);
    }

    /**
     * Answers {@code 403 Forbidden}.
     *
     * @return never returns
     * @throws NavigationException always
     */
    public static NavigationException forbidden() {
        throw new NavigationException(NavigationException.Kind.FORBIDDEN, null);
    }

    /**
     * Answers {@code 401 Unauthorized}.
     *
     * @return never returns
     * @throws NavigationException always
     */
    public static NavigationException unauthorized() {
        throw new NavigationException(NavigationException.Kind.UNAUTHORIZED, null);
    }
}
