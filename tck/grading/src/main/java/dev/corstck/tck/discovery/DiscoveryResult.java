package dev.corstck.tck.discovery;

import dev.corstck.tck.probe.ProbeFailure;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How discovery ended: a report, or the target could not be reached at all.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface DiscoveryResult {

    /** Discovery ran; the report says what it found. */
    record Discovered(DiscoveryReport report) implements DiscoveryResult {
        public Discovered {
            Objects.requireNonNull(report, "report must not be null");
        }
    }

    /** The first probe got no response: wrong URL, nothing listening, or not HTTP. */
    record Unreachable(String target, ProbeFailure failure) implements DiscoveryResult {
        public Unreachable {
            Objects.requireNonNull(target, "target must not be null");
            Objects.requireNonNull(failure, "failure must not be null");
        }

        /** Say what went wrong and what to check, in one line. */
        public String message() {
            return "cannot reach " + target + ": " + failure.describe() + "; check the --target URL and that the "
                    + "server is running and reachable from here";
        }
    }
}
