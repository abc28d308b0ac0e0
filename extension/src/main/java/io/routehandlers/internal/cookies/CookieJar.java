package io.routehandlers.internal.cookies;

import io.routehandlers.CookieOptions;
import io.routehandlers.CookieStore;
import io.routehandlers.RequestCookie;
import io.routehandlers.ResponseCookie;
import io.routehandlers.internal.call.RequestGuard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One request's {@link CookieStore}: the cookies it received, parsed on first read, and the cookies set or
 * deleted during it, in order, one per name. Reads see the writes.
 */
public final class CookieJar implements CookieStore {

    private final Supplier<List<RequestCookie>> source;
    private final Supplier<RequestGuard> guard;
    private final Consumer<CookieJar> onWrite;
    private final Map<String, ResponseCookie> written = new LinkedHashMap<>();
    private ReceivedCookies received;
    private RequestGuard receivedUnder;

    /** A jar over the received cookies that {@code source} parses when first needed. */
    public CookieJar(Supplier<List<RequestCookie>> source) {
        this(source, () -> RequestGuard.LIVE, jar -> {});
    }

    /**
     * A jar whose reads and writes obey the guard of the current render: {@code source} is asked again under
     * each new guard, and writes fail where cookies are read-only (S-8.4). {@code onWrite} hears of every write, so
     * that the handler call it happens in sends the jar's cookies with its answer.
     */
    public CookieJar(Supplier<List<RequestCookie>> source, Supplier<RequestGuard> guard, Consumer<CookieJar> onWrite) {
        this.source = source;
        this.guard = guard;
        this.onWrite = onWrite;
    }

    private ReceivedCookies received() {
        RequestGuard current = guard.get();
        if (received == null || receivedUnder != current) {
            received = new ReceivedCookies(source.get());
            receivedUnder = current;
        }
        return received;
    }

    @Override
    public Optional<RequestCookie> get(String name) {
        ResponseCookie write = written.get(name);
        if (write != null) {
            return isDeletion(write) ? Optional.empty() : Optional.of(new RequestCookie(name, write.value()));
        }
        return received().get(name);
    }

    @Override
    public List<RequestCookie> getAll() {
        List<RequestCookie> all = new ArrayList<>();
        for (RequestCookie cookie : received().getAll()) {
            if (!written.containsKey(cookie.name())) {
                all.add(cookie);
            }
        }
        for (ResponseCookie write : written.values()) {
            if (!isDeletion(write)) {
                all.add(new RequestCookie(write.name(), write.value()));
            }
        }
        return List.copyOf(all);
    }

    @Override
    public List<RequestCookie> getAll(String name) {
        if (written.containsKey(name)) {
            return get(name).map(List::of).orElse(List.of());
        }
        return received().getAll(name);
    }

    @Override
    public boolean has(String name) {
        return get(name).isPresent();
    }

    @Override
    public void set(String name, String value) {
        set(new ResponseCookie(name, value));
    }

    @Override
    public void set(String name, String value, CookieOptions options) {
        set(new ResponseCookie(name, value, options));
    }

    @Override
    public void set(ResponseCookie cookie) {
        RequestGuard current = guard.get();
        if (!current.cookiesWritable()) {
            throw new IllegalStateException("Cookies can only be modified in a dynamic route handler: route "
                    + current.route() + " is "
                    + (current.policy() == RequestGuard.Policy.FORBID ? "dynamic = \"error\"" : "force-static")
                    + ", so its answer is shared by every client; make it force-dynamic to set cookie '"
                    + cookie.name() + "'.");
        }
        written.remove(cookie.name());
        written.put(cookie.name(), cookie);
        onWrite.accept(this);
    }

    @Override
    public void delete(String name) {
        delete(name, CookieOptions.defaults());
    }

    @Override
    public void delete(String name, CookieOptions options) {
        CookieOptions.Builder expired = CookieOptions.builder().expires(Instant.EPOCH);
        options.path().ifPresent(expired::path);
        options.domain().ifPresent(expired::domain);
        set(new ResponseCookie(name, "", expired.build()));
    }

    /**
     * The {@code Set-Cookie} values of this request's writes, leaving out the names the handler's own
     * response already sets.
     */
    public List<String> setCookieHeaders(Set<String> namesSetByHandler, Instant now) {
        List<String> headers = new ArrayList<>(written.size());
        for (ResponseCookie cookie : written.values()) {
            if (!namesSetByHandler.contains(cookie.name())) {
                headers.add(SetCookie.format(cookie, now));
            }
        }
        return headers;
    }

    /** Whether anything was set or deleted. */
    public boolean hasWrites() {
        return !written.isEmpty();
    }

    @Override
    public String toString() {
        return CookieHeader.format(getAll());
    }

    private static boolean isDeletion(ResponseCookie cookie) {
        return cookie.options().expires().filter(Instant.EPOCH::equals).isPresent()
                && cookie.value().isEmpty();
    }
}
