package io.routehandlers.internal.cache;

import io.routehandlers.DraftMode;
import io.routehandlers.RequestCookie;
import io.routehandlers.internal.cookies.CookieHeader;
import io.routehandlers.internal.exchange.Exchange;
import io.routehandlers.internal.log.RuntimeMessages;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Provider;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The draft cookie (S-8.16): issues values signed with HMAC-SHA256 under the application's key
 * ({@code routehandlers.draft.secret}, else one of this server's own), checks them, and marks the thread of a request
 * that carries a valid one, so that the cache and cached methods step aside for it.
 */
public final class DraftCookies {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final boolean used;
    private final SecretKeySpec key;
    private final boolean ownKey;
    private volatile boolean toldOwnKey;

    /**
     * The draft cookies of an application.
     *
     * @param secret the configured signing key, or empty for one of this server's own
     * @param used whether the application injects {@code DraftMode} anywhere: if not, no request can be in draft mode,
     *     and requests are not looked at
     */
    public DraftCookies(String secret, boolean used) {
        this.used = used;
        byte[] bytes;
        if (secret.isEmpty()) {
            bytes = new byte[32];
            random.nextBytes(bytes);
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.ownKey = secret.isEmpty();
    }

    /**
     * Whether an injection point's type is a way to get {@code DraftMode}: itself, or an {@code Instance} or
     * {@code Provider} of it.
     */
    public static boolean names(Type type) {
        if (type == DraftMode.class) {
            return true;
        }
        return type instanceof ParameterizedType p
                && (p.getRawType() == Instance.class || p.getRawType() == Provider.class)
                && p.getActualTypeArguments()[0] == DraftMode.class;
    }

    /** Whether requests may be in draft mode: the application injects {@code DraftMode}. */
    public boolean used() {
        return used;
    }

    /** Whether the request on this thread is in draft mode: the cache and cached methods step aside. */
    public static boolean active() {
        return ACTIVE.get() != null;
    }

    /**
     * Runs a request's steps marked as in draft mode on this thread.
     *
     * @param steps the steps
     */
    public static <E extends Exception> void during(Step<E> steps) throws E {
        Boolean before = ACTIVE.get();
        ACTIVE.set(Boolean.TRUE);
        try {
            steps.run();
        } finally {
            if (before == null) {
                ACTIVE.remove();
            }
        }
    }

    /** The rest of a request, which may throw what the pipeline's steps throw. */
    @FunctionalInterface
    public interface Step<E extends Exception> {
        void run() throws E;
    }

    /**
     * Whether a request carries a valid draft cookie: the first few cookies of that exact name (a browser sends one;
     * more are checked no further, so a request cannot make the server compute many signatures).
     */
    public boolean carries(Exchange exchange) {
        List<String> headers = exchange.headers("Cookie");
        if (headers.isEmpty()) {
            return false;
        }
        boolean named = false;
        for (String header : headers) {
            named |= header.contains(DraftMode.COOKIE);
        }
        if (!named) {
            return false;
        }
        int checked = 0;
        for (RequestCookie cookie : CookieHeader.parse(headers)) {
            if (cookie.name().equals(DraftMode.COOKIE)) {
                if (valid(cookie.value())) {
                    return true;
                }
                if (++checked == MAX_CHECKED) {
                    return false;
                }
            }
        }
        return false;
    }

    /** How many draft cookies of one request are checked at most. */
    private static final int MAX_CHECKED = 3;

    /**
     * A new draft cookie value: a random nonce and its signature. The first one issued without a configured secret logs
     * that draft cookies work only on this server (RH-177).
     */
    public String issue() {
        if (ownKey && !toldOwnKey) {
            toldOwnKey = true;
            RuntimeMessages.draftKeyOfItsOwn();
        }
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String text = BASE64.encodeToString(nonce);
        return text + "." + BASE64.encodeToString(sign(text));
    }

    /** Whether a value is one this application signed. */
    boolean valid(String value) {
        int dot = value.indexOf('.');
        if (dot <= 0 || dot != value.lastIndexOf('.')) {
            return false;
        }
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(value.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(signature, sign(value.substring(0, dot)));
    }

    private byte[] sign(String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }
}
