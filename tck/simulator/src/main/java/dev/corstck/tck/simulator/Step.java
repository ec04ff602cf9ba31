package dev.corstck.tck.simulator;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One step of an explanation: the Fetch anchor that defines it, the check made, how it went and why.
 *
 * @param anchor a Fetch anchor such as {@code fetch#concept-cors-check}
 * @param check a short name of the check, e.g. {@code CORS check}
 * @param detail the concrete values that decided it
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Step(String anchor, String check, StepResult result, String detail) {

    public Step {
        Objects.requireNonNull(anchor, "anchor must not be null");
        Objects.requireNonNull(check, "check must not be null");
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }

    @Override
    public String toString() {
        return "[" + result + "] " + check + " (" + anchor + "): " + detail;
    }
}
