package dev.corstck.fetch.origin;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An origin: a {@link TupleOrigin} (scheme, host, port) or an {@link OpaqueOrigin} that serializes as {@code null}
 * (see html#concept-origin, fetch#serializing-a-request-origin).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Origin permits TupleOrigin, OpaqueOrigin {

    /** Serialize this origin as the {@code Origin} header does (see fetch#serializing-a-request-origin). */
    String serialize();

    /** Answer whether this and {@code other} are the same origin (see html#same-origin). */
    boolean isSameOrigin(Origin other);

    /** Answer the site used for cookie and third-party decisions: scheme plus an approximated registrable domain. */
    String site();

    /**
     * Parse {@code null} (a fresh opaque origin) or a tuple origin the way {@link TupleOrigin#parse} reads it: case,
     * a written default port and a Unicode host are normalized, IPv6 is compressed.
     *
     * @throws IllegalArgumentException saying why the text is not an origin
     */
    static Origin parse(String serialized) {
        Objects.requireNonNull(serialized, "serialized must not be null");
        if (serialized.equals("null")) {
            return new OpaqueOrigin();
        }
        OriginParse parsed = TupleOrigin.parse(serialized);
        if (parsed instanceof OriginParse.Parsed p) {
            return p.origin();
        }
        throw new IllegalArgumentException("not an origin: " + serialized + ": the origin "
                + ((OriginParse.Invalid) parsed).problem());
    }

    /** Answer a fresh opaque origin (a sandboxed iframe, a data: document). */
    static Origin opaque() {
        return new OpaqueOrigin();
    }
}
