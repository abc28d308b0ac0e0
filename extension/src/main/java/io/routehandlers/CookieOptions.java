package io.routehandlers;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The attributes of a cookie to set, built with {@link #builder()}:
 *
 * <pre>
 * CookieOptions options = CookieOptions.builder().path("/account").maxAge(3600).secure(true)
 *         .httpOnly(true).sameSite(SameSite.STRICT).build();
 * cookies.set("session", token, options);
 * </pre>
 *
 * With no path, {@code Path=/} is sent. A positive {@code maxAge} also sends {@code Expires} at now plus
 * {@code maxAge} seconds, as Next.js does. A path or domain with CR, LF or {@code ;} is rejected with
 * {@link IllegalArgumentException}.
 */
public final class CookieOptions {

    private static final CookieOptions DEFAULTS = builder().build();

    private final String path;
    private final String domain;
    private final Long maxAge;
    private final Instant expires;
    private final boolean secure;
    private final boolean httpOnly;
    private final SameSite sameSite;
    private final boolean partitioned;
    private final CookiePriority priority;

    private CookieOptions(Builder b) {
        this.path = b.path;
        this.domain = b.domain;
        this.maxAge = b.maxAge;
        this.expires = b.expires;
        this.secure = b.secure;
        this.httpOnly = b.httpOnly;
        this.sameSite = b.sameSite;
        this.partitioned = b.partitioned;
        this.priority = b.priority;
    }

    /**
     * No attributes: {@code Path=/} only.
     *
     * @return the default options
     */
    public static CookieOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts options.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the {@code Path}, empty for the default {@code /} */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** @return the {@code Domain}, empty when not set */
    public Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    /** @return {@code Max-Age} in seconds, empty when not set */
    public OptionalLong maxAge() {
        return maxAge == null ? OptionalLong.empty() : OptionalLong.of(maxAge);
    }

    /** @return the explicit {@code Expires}, empty when not set */
    public Optional<Instant> expires() {
        return Optional.ofNullable(expires);
    }

    /** @return whether {@code Secure} is sent */
    public boolean secure() {
        return secure;
    }

    /** @return whether {@code HttpOnly} is sent */
    public boolean httpOnly() {
        return httpOnly;
    }

    /** @return the {@code SameSite} value, empty when not sent */
    public Optional<SameSite> sameSite() {
        return Optional.ofNullable(sameSite);
    }

    /** @return whether {@code Partitioned} is sent */
    public boolean partitioned() {
        return partitioned;
    }

    /** @return the {@code Priority}, empty when not sent */
    public Optional<CookiePriority> priority() {
        return Optional.ofNullable(priority);
    }

    /** Builds {@link CookieOptions}; each setter replaces the previous value. */
    public static final class Builder {
        private String path;
        private String domain;
        private Long maxAge;
        private Instant expires;
        private boolean secure;
        private boolean httpOnly;
        private SameSite sameSite;
        private boolean partitioned;
        private CookiePriority priority;

        private Builder() {}

        /**
         * @param path the {@code Path}; no CR, LF or {@code ;}
         * @return this builder
         */
        public Builder path(String path) {
            this.path = HttpSyntax.requireCookieAttribute("path", path);
            return this;
        }

        /**
         * @param domain the {@code Domain}; no CR, LF or {@code ;}
         * @return this builder
         */
        public Builder domain(String domain) {
            this.domain = HttpSyntax.requireCookieAttribute("domain", domain);
            return this;
        }

        /**
         * @param seconds the {@code Max-Age}; a positive value also sets {@code Expires}
         * @return this builder
         */
        public Builder maxAge(long seconds) {
            this.maxAge = seconds;
            return this;
        }

        /**
         * @param expires the {@code Expires} instant
         * @return this builder
         */
        public Builder expires(Instant expires) {
            this.expires = java.util.Objects.requireNonNull(expires, "expires");
            return this;
        }

        /**
         * @param secure whether to send {@code Secure}
         * @return this builder
         */
        public Builder secure(boolean secure) {
            this.secure = secure;
            return this;
        }

        /**
         * @param httpOnly whether to send {@code HttpOnly}
         * @return this builder
         */
        public Builder httpOnly(boolean httpOnly) {
            this.httpOnly = httpOnly;
            return this;
        }

        /**
         * @param sameSite the {@code SameSite} value
         * @return this builder
         */
        public Builder sameSite(SameSite sameSite) {
            this.sameSite = java.util.Objects.requireNonNull(sameSite, "sameSite");
            return this;
        }

        /**
         * @param partitioned whether to send {@code Partitioned}
         * @return this builder
         */
        public Builder partitioned(boolean partitioned) {
            this.partitioned = partitioned;
            return this;
        }

        /**
         * @param priority the {@code Priority} value
         * @return this builder
         */
        public Builder priority(CookiePriority priority) {
            this.priority = java.util.Objects.requireNonNull(priority, "priority");
            return this;
        }

        /**
         * @return the options
         */
        public CookieOptions build() {
            return new CookieOptions(this);
        }
    }
}
