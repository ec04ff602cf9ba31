package dev.corstck.fetch.origin;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A tuple origin: scheme, host and port, always held in the form a browser serializes it (see fetch#origin-header):
 * lowercase scheme and host, IDNA-encoded host, IPv6 in brackets with the shortest {@code ::} form, and the port
 * kept only when it is not the scheme's default.
 *
 * <p>The opaque origin (serialized {@code null}) is not an {@code Origin}: a policy allows it only through
 * {@code dangerouslyAllowNullOrigin}.
 *
 * @param scheme the lowercase scheme, e.g. {@code https}
 * @param host the serialized host: a lowercase domain, a dotted IPv4 address or a bracketed IPv6 address
 * @param port the port, or {@link #DEFAULT_PORT} when it is the scheme's default
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TupleOrigin(String scheme, String host, int port) implements Origin {

    /** The {@link #port()} value for "the scheme's default port", which a serialized origin leaves out. */
    public static final int DEFAULT_PORT = -1;

    /** Longest text any origin parser here looks at; a longer {@code Origin} header is malformed, never scanned. */
    public static final int MAX_LENGTH = 2048;

    public TupleOrigin {
        Objects.requireNonNull(scheme, "scheme must not be null");
        Objects.requireNonNull(host, "host must not be null");
        if (!OriginSyntax.isScheme(scheme)) {
            throw new IllegalArgumentException("scheme must be a lowercase URL scheme: " + scheme);
        }
        if (!Hosts.isSerializedHost(host)) {
            throw new IllegalArgumentException("host must be a serialized host: " + host);
        }
        if (port < DEFAULT_PORT || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, or DEFAULT_PORT: " + port);
        }
        if (port == defaultPort(scheme)) {
            port = DEFAULT_PORT;
        }
    }

    /**
     * Parse an origin written by a person (a policy file, a builder call): case, a written-out default port and a
     * Unicode host are normalized; a path, user info, query or whitespace is a problem that says what to write.
     */
    public static OriginParse parse(String text) {
        return OriginSyntax.parse(Objects.requireNonNull(text, "text must not be null"));
    }

    /**
     * Read an {@code Origin} request-header value as a browser sends it: only the exact serialized form is
     * accepted, so a value that is not byte for byte a serialized origin (uppercase, default port, trailing slash,
     * whitespace, non-ASCII) is empty and can never be reflected (see fetch#origin-header).
     */
    public static Optional<TupleOrigin> fromHeader(String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH || !OriginSyntax.isVisibleAscii(value)) {
            return Optional.empty();
        }
        OriginParse parsed = OriginSyntax.parse(value);
        if (parsed instanceof OriginParse.Parsed p && p.origin().serialize().equals(value)) {
            return Optional.of(p.origin());
        }
        return Optional.empty();
    }

    /** The default port of a special scheme, or {@link #DEFAULT_PORT} when the scheme has none. */
    public static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> DEFAULT_PORT;
        };
    }

    /** Serialize this origin as the {@code Origin} header and {@code Access-Control-Allow-Origin} carry it. */
    @Override
    public String serialize() {
        return port == DEFAULT_PORT ? scheme + "://" + host : scheme + "://" + host + ":" + port;
    }

    /** The port actually used: the explicit one or the scheme's default. */
    public int effectivePort() {
        return port == DEFAULT_PORT ? defaultPort(scheme) : port;
    }

    /**
     * Answer whether this origin is potentially trustworthy: {@code https}/{@code wss}, or a loopback host
     * ({@code localhost}, {@code *.localhost}, {@code 127.0.0.0/8}, {@code [::1]}) as the Secure Contexts spec says.
     */
    public boolean isPotentiallyTrustworthy() {
        return scheme.equals("https") || scheme.equals("wss") || Hosts.isLoopback(host);
    }

    /** Answer whether {@code other} is this same tuple (see html#same-origin). */
    @Override
    public boolean isSameOrigin(Origin other) {
        return equals(other);
    }

    /**
     * Approximate the site without a public-suffix list: the scheme and the last two labels of the host (the PSL's
     * default {@code *} rule, so {@code app.localhost} and {@code api.localhost} are different sites); IP addresses
     * as they are (see html#concept-site).
     */
    @Override
    public String site() {
        if (host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            return scheme + "://" + host;
        }
        int last = host.lastIndexOf('.');
        int previous = last <= 0 ? -1 : host.lastIndexOf('.', last - 1);
        return scheme + "://" + (previous < 0 ? host : host.substring(previous + 1));
    }

    @Override
    public String toString() {
        return serialize();
    }
}
