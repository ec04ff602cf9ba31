package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.cors.CorsCheck;
import dev.corstck.fetch.cors.CorsCheckFailure;
import dev.corstck.fetch.header.HeaderValues;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.simulator.BlockReason;
import java.util.Optional;

/**
 * The simulator's side of the shared {@link CorsCheck}: run it on a fetch's state, and say what it found as a block
 * reason and a trace line (see fetch#concept-cors-check).
 */
final class CorsCheckTrace {

    private CorsCheckTrace() {
    }

    /** Run the CORS check; empty when it passes. */
    static Optional<CorsCheckFailure> run(FetchState state, RawResponse response) {
        return CorsCheck.perform(name -> Fields.all(response.headers(), name), state.serializedOrigin(),
                state.credentialsInclude() ? CredentialsMode.INCLUDE : CredentialsMode.OMIT);
    }

    /** The block reason for a failure on the actual response or, when {@code preflight}, on the preflight's. */
    static BlockReason reason(CorsCheckFailure.Kind kind, boolean preflight) {
        return switch (kind) {
            case MISSING -> preflight ? BlockReason.PREFLIGHT_MISSING_ALLOW_ORIGIN : BlockReason.MISSING_ALLOW_ORIGIN;
            case MULTIPLE -> preflight ? BlockReason.PREFLIGHT_MULTIPLE_ALLOW_ORIGIN : BlockReason.MULTIPLE_ALLOW_ORIGIN;
            case INVALID -> preflight ? BlockReason.PREFLIGHT_INVALID_ALLOW_ORIGIN : BlockReason.INVALID_ALLOW_ORIGIN;
            case MISMATCH -> preflight ? BlockReason.PREFLIGHT_ALLOW_ORIGIN_MISMATCH : BlockReason.ALLOW_ORIGIN_MISMATCH;
            case WILDCARD_WITH_CREDENTIALS -> preflight
                    ? BlockReason.PREFLIGHT_WILDCARD_ORIGIN_NOT_ALLOWED : BlockReason.WILDCARD_ORIGIN_NOT_ALLOWED;
            case INVALID_CREDENTIALS -> preflight
                    ? BlockReason.PREFLIGHT_INVALID_ALLOW_CREDENTIALS : BlockReason.INVALID_ALLOW_CREDENTIALS;
        };
    }

    /** Explain a pass in one line. */
    static String describePass(FetchState s, RawResponse r) {
        String acao = HeaderValues.combine(Fields.all(r.headers(), CorsCheck.ALLOW_ORIGIN));
        return "Access-Control-Allow-Origin '" + acao + "' allows " + s.serializedOrigin()
                + (s.credentialsInclude() ? " and Access-Control-Allow-Credentials is 'true' (credentials include)"
                : " (credentials not included)");
    }

    /** Explain a failure in one line. */
    static String describe(CorsCheckFailure f, String origin) {
        return switch (f.kind()) {
            case MISSING -> "no Access-Control-Allow-Origin header";
            case MULTIPLE -> "Access-Control-Allow-Origin '" + f.value() + "' holds several values (" + f.lines()
                    + " line(s)); only one is allowed";
            case INVALID -> "Access-Control-Allow-Origin '" + f.value() + "' is not an origin";
            case MISMATCH -> "Access-Control-Allow-Origin '" + f.value() + "' is not byte-equal to '" + origin + "'";
            case WILDCARD_WITH_CREDENTIALS -> "Access-Control-Allow-Origin '*' with credentials mode 'include'";
            case INVALID_CREDENTIALS -> "Access-Control-Allow-Credentials is '" + f.value()
                    + "', must be exactly 'true' with credentials mode 'include'";
        };
    }
}
