package io.routehandlers;

/**
 * Draft mode (Next.js {@code draftMode()}): a client in draft mode bypasses every cache, cached routes and
 * {@link Cached} methods alike, and what it is answered is never stored; for previews of a CMS's unpublished content.
 * Inject it ({@code @Inject DraftMode draftMode;}); it is request scoped.
 *
 * <pre>
 * &#64;Route("/api/draft")
 * public class DraftRoute {
 *     &#64;Inject DraftMode draftMode;
 *
 *     &#64;GET
 *     public RouteResponse enable(&#64;HeaderValue("X-Preview-Secret") Optional&lt;String&gt; secret) {
 *         if (!cms.previewSecret().equals(secret.orElse(""))) {
 *             return RouteResponse.status(401);
 *         }
 *         draftMode.enable();
 *         return RouteResponse.redirect("/posts");
 *     }
 * }
 * </pre>
 *
 * A client is in draft mode while it sends the cookie {@link #COOKIE} that {@link #enable()} set, signed with
 * {@code routehandlers.draft.secret} (the same on every server of a cluster; without it each server signs with a key
 * of its own, and a draft cookie works only on the server that set it). A cookie whose signature does not match is
 * ignored. Only the request thread of a route's filters and handler is in draft mode: a {@code Cached} method called on
 * another thread (a later stage of a {@code CompletionStage}) still uses the cache. Requests are looked at for the
 * cookie only in an application that injects {@code DraftMode} somewhere ({@code @Inject DraftMode}); an application
 * that does not pays nothing for it.
 */
public interface DraftMode {

    /** The cookie that carries draft mode: {@value}. */
    String COOKIE = "routehandlers-draft";

    /**
     * Whether this request is in draft mode. Inside the render of a cached route it is {@code false}: a request in
     * draft mode never reaches the cache.
     *
     * @return {@code true} when the request carries a valid draft cookie
     */
    boolean isEnabled();

    /**
     * Puts the client in draft mode from its next request on: the answer sets the signed draft cookie ({@code HttpOnly},
     * {@code Path=/}, a session cookie; {@code SameSite=None; Secure} over HTTPS, so that a CMS can show the site in a
     * frame, else {@code SameSite=Lax}).
     *
     * @throws IllegalStateException inside the render of a cached route, whose answers set no cookies
     */
    void enable();

    /**
     * Ends draft mode: the answer deletes the draft cookie.
     *
     * @throws IllegalStateException inside the render of a cached route, whose answers set no cookies
     */
    void disable();
}
