package dev.corstck.tck.simulator;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An origin: a (scheme, host, port) tuple, or an opaque origin that serializes as {@code null}.
 *
 * <p>Opaque origins are same origin with nothing, not even another opaque origin: each sandboxed document gets a
 * fresh one (see html#concept-origin-opaque).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Origin permits Origin.Tuple, Origin.Opaque {

    /** Serialize this origin as the {@code Origin} header does (see fetch#serializing-a-request-origin). */
    String serialize();

    /** Answer whether this and {@code other} are the same origin (see html#same-origin). */
    boolean isSameOrigin(Origin other);

    /** Answer the site used for cookie and third-party decisions: scheme plus an approximated registrable domain. */
    String site();

    /** Parse {@code null} or {@code scheme://host[:port]}; throw {@link IllegalArgumentException} otherwise. */
    static Origin parse(String serialized) {
        Objects.requireNonNull(serialized, "serialized must not be null");
        if (serialized.equals("null")) {
            return new Opaque();
        }
        return FetchUrl.parse(serialized + "/")
                .map(FetchUrl::origin)
                .orElseThrow(() -> new IllegalArgumentException("not an origin: " + serialized));
    }

    /** Answer a fresh opaque origin (a sandboxed iframe, a data: document). */
    static Origin opaque() {
        return new Opaque();
    }

    /** A tuple origin; the port is -1 when it is the scheme's default. */
    record Tuple(String scheme, String host, int port) implements Origin {

        public Tuple {
            scheme = scheme.toLowerCase(Locale.ROOT);
            host = host.toLowerCase(Locale.ROOT);
        }

        @Override
        public String serialize() {
            return port < 0 ? scheme + "://" + host : scheme + "://" + host + ":" + port;
        }

        @Override
        public boolean isSameOrigin(Origin other) {
            return equals(other);
        }

        @Override
        public String site() {
            return scheme + "://" + registrableDomain(host);
        }

        /** Approximate the registrable domain without a public-suffix list: the last two labels (the PSL's default {@code *} rule, so {@code app.localhost} and {@code api.localhost} are different sites); IPs as they are. */
        private static String registrableDomain(String host) {
            if (host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
                return host;
            }
            int last = host.lastIndexOf('.');
            int previous = last <= 0 ? -1 : host.lastIndexOf('.', last - 1);
            return previous < 0 ? host : host.substring(previous + 1);
        }

        @Override
        public String toString() {
            return serialize();
        }
    }

    /** An opaque origin; every instance is distinct from every other origin. */
    record Opaque() implements Origin {

        @Override
        public String serialize() {
            return "null";
        }

        @Override
        public boolean isSameOrigin(Origin other) {
            return false;
        }

        @Override
        public String site() {
            return "null";
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return "null";
        }
    }
}
