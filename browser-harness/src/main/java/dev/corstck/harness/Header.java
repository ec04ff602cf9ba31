package dev.corstck.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One header line, name and value as given (names compare case-insensitively where it matters).
 *
 * @param name the header name, never blank
 * @param value the header value, possibly empty
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Header(String name, String value) {

    public Header {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(value, "value must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("header name must not be blank");
        }
    }

    /** Answer whether this header is named {@code other}, ignoring case. */
    public boolean isNamed(String other) {
        return name.equalsIgnoreCase(other);
    }
}
