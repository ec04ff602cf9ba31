package dev.corstck.tck.lookalike;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One look-alike of a trusted origin.
 *
 * @param kind     how it imitates
 * @param origin   the value sent in {@code Origin}
 * @param imitates the serialized trusted origin it imitates
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LookAlike(LookAlikeKind kind, String origin, String imitates) {

    public LookAlike {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(imitates, "imitates must not be null");
    }
}
