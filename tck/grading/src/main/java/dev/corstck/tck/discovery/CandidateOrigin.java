package dev.corstck.tck.discovery;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An origin discovery sends, and why.
 *
 * @param origin  the serialized origin sent in {@code Origin}
 * @param kind    why it is tried
 * @param imitates the allowed origin a look-alike imitates; empty for other kinds
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CandidateOrigin(String origin, OriginKind kind, String imitates) {

    public CandidateOrigin {
        Objects.requireNonNull(origin, "origin must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(imitates, "imitates must not be null");
    }

    static CandidateOrigin of(String origin, OriginKind kind) {
        return new CandidateOrigin(origin, kind, "");
    }
}
