package dev.corstck.tck.grading;

import java.util.Objects;

/**
 * What Fetch and the declared policy require of the target's answer to one scenario, decided from the request as it
 * was sent (see tck/GRADING.md, "Required and permitted"). The reference implementation's answer is one correct
 * answer; this is the set of correct answers.
 */
sealed interface Requirement {

    /** Why this is required (or not), in words a report reader understands. */
    String why();

    /** The policy allows this request: the response must pass the CORS check (readable by the page). */
    record MustShare(String why) implements Requirement {
        public MustShare {
            Objects.requireNonNull(why, "why must not be null");
        }
    }

    /** The policy does not allow this request: the response must not be readable by the page. */
    record MustRefuse(String why, Refusal refusal) implements Requirement {
        public MustRefuse {
            Objects.requireNonNull(why, "why must not be null");
            Objects.requireNonNull(refusal, "refusal must not be null");
        }
    }

    /** Fetch and the policy allow either answer: sharing or refusing are both correct. */
    record Either(String why, Latitude latitude) implements Requirement {
        public Either {
            Objects.requireNonNull(why, "why must not be null");
            Objects.requireNonNull(latitude, "latitude must not be null");
        }
    }

    /**
     * The request carried no {@code Origin} (a same-origin GET, a {@code no-cors} GET): CORS asks nothing of the
     * response's CORS headers (see fetch#http-cors-protocol); only caching rules look at it.
     */
    record NotCors(String why) implements Requirement {
        public NotCors {
            Objects.requireNonNull(why, "why must not be null");
        }
    }

    /** No policy is declared: what the target grants is taken as meant (see {@link ScenarioRun#originIntended()}). */
    record Undeclared() implements Requirement {
        @Override
        public String why() {
            return "no policy declared";
        }
    }

    /** What a {@link MustRefuse} refuses. */
    enum Refusal {
        /** The page's origin is not one the policy allows. */
        ORIGIN,
        /** The origin is allowed, but the policy allows no credentials and the request includes them. */
        CREDENTIALS
    }

    /** Why a scenario leaves the target free to answer either way. */
    enum Latitude {
        /** The policy's clients do not call this method on this endpoint: a route may refuse it (403, 405...). */
        METHOD_NOT_CALLED_HERE,
        /**
         * The policy's clients send another body here (a JSON API called with {@code text/plain}): the route may
         * refuse the shape (415) without CORS headers; that is the application's answer, not the CORS layer's.
         */
        BODY_NOT_SENT_HERE,
        /** The method is not in the policy's {@code methods}: refusing is expected, allowing more is reported INFO. */
        METHOD_NOT_DECLARED,
        /** A header the request sets is not in {@code allowedHeaders}: as for methods. */
        HEADER_NOT_DECLARED,
        /** No browser can send this origin (a wire-only probe): no outcome of it reaches a page. */
        WIRE_ONLY_ORIGIN,
        /** {@code Origin: null} under a public {@code *} policy: {@code *} serves it, refusing it is fine too. */
        NULL_UNDER_PUBLIC_POLICY
    }

    /** Answer whether the response must pass the CORS check. */
    default boolean mustShare() {
        return this instanceof MustShare;
    }

    /** Answer whether the response must fail the CORS check. */
    default boolean mustRefuse() {
        return this instanceof MustRefuse;
    }
}
