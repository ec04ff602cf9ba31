package dev.corstck.reports.model;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Keep one header line as it crossed the wire or as JavaScript saw it: name case and value untouched.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Header(String name, String value) {

    public Header {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(value, "value must not be null");
    }

    /** Answer whether this header's name equals {@code other}, ignoring ASCII case (see fetch#concept-header-name). */
    public boolean hasName(String other) {
        return name.equalsIgnoreCase(other);
    }

    @Override
    public String toString() {
        return name + ": " + value;
    }
}
