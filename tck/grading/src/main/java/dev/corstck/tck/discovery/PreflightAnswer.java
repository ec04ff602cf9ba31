package dev.corstck.tck.discovery;

import dev.corstck.fetch.cors.CorsCheck;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.tck.probe.Exchange;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How the target answered one preflight: for a method, or for a method plus one request header.
 *
 * @param path     the path preflighted
 * @param method   the {@code Access-Control-Request-Method} sent
 * @param header   the {@code Access-Control-Request-Headers} sent; empty when none
 * @param allowed  whether a browser would let the actual request go (status, CORS check, method and header checks)
 * @param exchange the evidence
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PreflightAnswer(String path, String method, String header, Verdict allowed, Exchange exchange) {

    /** Whether the preflight lets the request through. */
    public enum Verdict { ALLOWED, REFUSED, NO_RESPONSE }

    public PreflightAnswer {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(method, "method must not be null");
        Objects.requireNonNull(header, "header must not be null");
        Objects.requireNonNull(allowed, "allowed must not be null");
        Objects.requireNonNull(exchange, "exchange must not be null");
    }

    /** Judge {@code exchange}, a preflight from {@code origin}, like a browser would for the given credentials. */
    static PreflightAnswer judge(String path, String method, String header, String origin, boolean credentialed,
            Exchange exchange) {
        if (exchange.response().isEmpty()) {
            return new PreflightAnswer(path, method, header, Verdict.NO_RESPONSE, exchange);
        }
        var response = exchange.response().get();
        var headers = response.headers();
        // The shared CORS check: it normalizes Access-Control-Allow-Credentials too (fetch#concept-cors-check).
        boolean corsOk = CorsCheck.perform(headers::all, origin,
                credentialed ? CredentialsMode.INCLUDE : CredentialsMode.OMIT).isEmpty();
        boolean ok = response.isOk() && corsOk && CorsHeaders.allowsMethod(headers, method, credentialed)
                && (header.isEmpty() || CorsHeaders.allowsHeader(headers, header, credentialed));
        return new PreflightAnswer(path, method, header, ok ? Verdict.ALLOWED : Verdict.REFUSED, exchange);
    }

    /** Return the status of the preflight response, when one came back. */
    public Optional<Integer> status() {
        return exchange.response().map(r -> r.status());
    }
}
