package dev.corstck.tck.grading;

import dev.corstck.tck.probe.ProbeFailure;
import java.util.Locale;
import java.util.Objects;

/**
 * Say why a scenario has no response to grade: its ERROR finding reports the kind, and whether the run was cut short
 * is read from the type, never from the message. Never a FAIL: nothing about CORS was decided.
 */
sealed interface NoResponse {

    /** The kind, as the ERROR finding names it ({@code timeout}, {@code run deadline}...). */
    String kind();

    /** The reason in one line for people. */
    String describe();

    /** Answer whether the run itself ran out of time or was stopped, so its report is incomplete. */
    default boolean cutsRunShort() {
        return false;
    }

    /** The probe failed on the wire. */
    record Probe(ProbeFailure failure) implements NoResponse {
        public Probe {
            Objects.requireNonNull(failure, "failure must not be null");
        }

        @Override
        public String kind() {
            String name = failure.getClass().getSimpleName();
            return name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }

        @Override
        public String describe() {
            return failure.describe();
        }

        @Override
        public boolean cutsRunShort() {
            return failure instanceof ProbeFailure.Timeout t && t.phase() == ProbeFailure.Phase.RUN_DEADLINE;
        }
    }

    /** The run's deadline passed (or the run was cut short) before the request went out or the scenario finished. */
    record DeadlinePassed(String describe) implements NoResponse {
        @Override
        public String kind() {
            return "run deadline";
        }

        @Override
        public boolean cutsRunShort() {
            return true;
        }
    }

    /** The grading thread was interrupted. */
    record Interrupted(String describe) implements NoResponse {
        @Override
        public String kind() {
            return "interrupted";
        }

        @Override
        public boolean cutsRunShort() {
            return true;
        }
    }

    /** The redirects the target answered never end; see fetch#http-redirect-fetch (step 5). */
    record RedirectLoop(String describe) implements NoResponse {
        @Override
        public String kind() {
            return "redirect loop";
        }
    }

    /** Anything else: the target answered nothing, or the kit failed while running the scenario. */
    record Other(String describe) implements NoResponse {
        @Override
        public String kind() {
            return "no response";
        }
    }
}
