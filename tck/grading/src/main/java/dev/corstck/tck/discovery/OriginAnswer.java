package dev.corstck.tck.discovery;

import dev.corstck.tck.probe.Exchange;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How the target answered a GET from one candidate origin.
 *
 * @param candidate   the origin sent, and why
 * @param access      the CORS check's reading of {@code Access-Control-Allow-Origin}
 * @param allowOrigin the combined {@code Access-Control-Allow-Origin} value; empty when absent
 * @param credentials the combined {@code Access-Control-Allow-Credentials} value; empty when absent
 * @param exchange    the evidence
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OriginAnswer(CandidateOrigin candidate, Access access, String allowOrigin, String credentials,
        Exchange exchange) {

    public OriginAnswer {
        Objects.requireNonNull(candidate, "candidate must not be null");
        Objects.requireNonNull(access, "access must not be null");
        Objects.requireNonNull(allowOrigin, "allowOrigin must not be null");
        Objects.requireNonNull(credentials, "credentials must not be null");
        Objects.requireNonNull(exchange, "exchange must not be null");
    }

    /** Read the answer from {@code exchange}, a request sent from {@code candidate}. */
    static OriginAnswer read(CandidateOrigin candidate, Exchange exchange) {
        if (exchange.response().isEmpty()) {
            return new OriginAnswer(candidate, Access.NO_RESPONSE, "", "", exchange);
        }
        var headers = exchange.response().get().headers();
        String acao = headers.combined("Access-Control-Allow-Origin").orElse("");
        String acac = headers.combined("Access-Control-Allow-Credentials").orElse("");
        return new OriginAnswer(candidate, CorsHeaders.access(headers, candidate.origin()), acao, acac, exchange);
    }

    /** Answer whether the target allows this origin with credentials: exact origin and {@code ACAC: true}. */
    public boolean allowsWithCredentials() {
        return access == Access.EXACT && credentials.equals("true");
    }
}
