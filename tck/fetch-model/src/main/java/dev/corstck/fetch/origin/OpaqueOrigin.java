package dev.corstck.fetch.origin;

import org.apiguardian.api.API;

/**
 * An opaque origin: same origin with nothing, not even another opaque origin, since each sandboxed document gets a
 * fresh one (see html#concept-origin-opaque). It serializes as {@code null}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OpaqueOrigin() implements Origin {

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
