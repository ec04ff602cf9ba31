package dev.corstck.tck.grading;

/**
 * Whether a scenario's answer must be readable by its page: with a policy, what {@link Requirements} decided from the
 * request as sent ({@link Requirement.MustShare}); without one, the target itself grants the origin, and credentials
 * too when the request includes them. A check that grades only answers meant to share asks here, so a route that
 * may refuse ({@link Requirement.Either}) is never faulted for refusing.
 */
final class Sharing {

    private Sharing() {
    }

    static boolean required(ScenarioRun run) {
        if (run.isDeclared()) {
            return run.requirement().mustShare();
        }
        return run.originIntended() && (!run.scenario().includesCredentials() || run.credentialsIntended());
    }
}
