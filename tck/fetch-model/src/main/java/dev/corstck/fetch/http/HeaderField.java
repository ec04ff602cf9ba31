package dev.corstck.fetch.http;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One header field line as it crossed the wire: the name keeps its case, the value is not trimmed or combined.
 *
 * <p>Fetch compares header names byte-case-insensitively (see fetch#concept-header-list); use
 * {@link #hasName(String)} rather than {@code equals} on the name.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HeaderField(String name, String value) {

    public HeaderField {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(value, "value must not be null");
    }

    /** Answer whether this field's name equals {@code other}, ignoring ASCII case. */
    public boolean hasName(String other) {
        return name.equalsIgnoreCase(other);
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
