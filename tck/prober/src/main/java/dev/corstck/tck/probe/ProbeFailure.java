package dev.corstck.tck.probe;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Say why a probe got no usable response. A failure is evidence about the target's reachability, never a CORS
 * verdict: graders report it as {@code ERROR}, not {@code FAIL}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface ProbeFailure {

    /** Describe the failure in one line for people. */
    String describe();

    /** Where a probe was when its time ran out. */
    enum Phase { CONNECT, TLS_HANDSHAKE, RESPONSE, RUN_DEADLINE }

    /** Nothing listens there: the connection was refused. */
    record Refused(String detail) implements ProbeFailure {
        public Refused {
            Objects.requireNonNull(detail, "detail must not be null");
        }

        @Override
        public String describe() {
            return "connection refused: " + detail;
        }
    }

    /** The host name does not resolve. */
    record Unresolved(String host) implements ProbeFailure {
        public Unresolved {
            Objects.requireNonNull(host, "host must not be null");
        }

        @Override
        public String describe() {
            return "host name does not resolve: " + host;
        }
    }

    /** A deadline passed. */
    record Timeout(Phase phase, Duration limit) implements ProbeFailure {
        public Timeout {
            Objects.requireNonNull(phase, "phase must not be null");
            Objects.requireNonNull(limit, "limit must not be null");
        }

        @Override
        public String describe() {
            return "timed out during " + phase.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " (limit " + limit.toMillis() + " ms)";
        }
    }

    /** The peer reset the connection. */
    record Reset(String detail) implements ProbeFailure {
        public Reset {
            Objects.requireNonNull(detail, "detail must not be null");
        }

        @Override
        public String describe() {
            return "connection reset by the target: " + detail;
        }
    }

    /** The peer closed the connection before the response was complete. */
    record ClosedEarly(String detail) implements ProbeFailure {
        public ClosedEarly {
            Objects.requireNonNull(detail, "detail must not be null");
        }

        @Override
        public String describe() {
            return "connection closed early: " + detail;
        }
    }

    /** The bytes received are not an HTTP/1.x response. */
    record Malformed(String reason) implements ProbeFailure {
        public Malformed {
            Objects.requireNonNull(reason, "reason must not be null");
        }

        @Override
        public String describe() {
            return "malformed response: " + reason;
        }
    }

    /** The response head went past a limit of {@link ProbeOptions}. */
    record TooLarge(String what, long limit) implements ProbeFailure {
        public TooLarge {
            Objects.requireNonNull(what, "what must not be null");
        }

        @Override
        public String describe() {
            return what + " exceeds the limit of " + limit;
        }
    }

    /** The TLS handshake failed (untrusted certificate, no common protocol, plain HTTP on a TLS port...). */
    record Tls(String detail) implements ProbeFailure {
        public Tls {
            Objects.requireNonNull(detail, "detail must not be null");
        }

        @Override
        public String describe() {
            return "TLS handshake failed: " + detail;
        }
    }

    /** Any other I/O failure. */
    record Io(String detail) implements ProbeFailure {
        public Io {
            Objects.requireNonNull(detail, "detail must not be null");
        }

        @Override
        public String describe() {
            return "I/O failure: " + detail;
        }
    }
}
