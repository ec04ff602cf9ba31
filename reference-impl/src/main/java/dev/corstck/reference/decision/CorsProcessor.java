package dev.corstck.reference.decision;

import dev.corstck.fetch.method.Methods;
import dev.corstck.fetch.origin.TupleOrigin;
import dev.corstck.reference.header.CorsHeaders;
import dev.corstck.reference.header.HeaderNamesParse;
import dev.corstck.reference.header.RequestHeaderNames;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawRequest;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.reference.preflight.RequestClassifier;
import dev.corstck.reference.preflight.RequestKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Decides, for one request, what the CORS protocol asks of the server: a pure function of the policy, the method
 * and the header lines. It never throws on request input: malformed or hostile values are disallowed, never
 * reflected. Thread-safe; build one per policy and reuse it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CorsProcessor {

    private final PreparedPolicy p;

    public CorsProcessor(CorsPolicy policy) {
        this.p = new PreparedPolicy(Objects.requireNonNull(policy, "policy must not be null"));
    }

    /** The policy this processor applies. */
    public CorsPolicy policy() {
        return p.policy;
    }

    /** Decide for {@code request}. */
    public Decision decide(RawRequest request) {
        return decide(request.method(), request.headers());
    }

    /** Decide for a request with this method (case kept) and these header lines. */
    public Decision decide(String method, HeaderList headers) {
        RequestKind kind = RequestClassifier.classify(method, headers);
        if (kind == RequestKind.NOT_CORS) {
            return new Decision.NotCors(p.notCors);
        }
        OriginVerdict verdict = judgeOrigin(headers.all(CorsHeaders.ORIGIN));
        if (verdict instanceof OriginVerdict.Denied denied) {
            Handling handling = kind == RequestKind.PREFLIGHT && !p.policy.preflightContinue()
                    ? new Handling.Answer(403) : new Handling.PassOn();
            return new Decision.Disallowed(kind, denied.denial(), handling, p.originDenied);
        }
        String allowOrigin = ((OriginVerdict.Allowed) verdict).allowOrigin();
        if (kind == RequestKind.ACTUAL) {
            return new Decision.Actual(p.actualHeaders(allowOrigin));
        }
        return decidePreflight(allowOrigin, headers);
    }

    /** Judge the {@code Origin} lines: exactly one, serialized exactly, and allowed (see fetch#origin-header). */
    private OriginVerdict judgeOrigin(List<String> lines) {
        if (p.anyOrigin) {
            return new OriginVerdict.Allowed("*");
        }
        if (lines.size() != 1) {
            return new OriginVerdict.Denied(Denial.ORIGIN_REPEATED);
        }
        String value = lines.get(0);
        if (value.equals("null")) {
            return p.policy.dangerouslyAllowNullOrigin() ? new OriginVerdict.Allowed("null")
                    : new OriginVerdict.Denied(Denial.ORIGIN_NULL_NOT_ALLOWED);
        }
        Optional<TupleOrigin> origin = TupleOrigin.fromHeader(value);
        if (origin.isEmpty()) {
            return new OriginVerdict.Denied(Denial.ORIGIN_MALFORMED);
        }
        return p.policy.origin().allows(origin.get()) ? new OriginVerdict.Allowed(value)
                : new OriginVerdict.Denied(Denial.ORIGIN_NOT_ALLOWED);
    }

    /** Check the method and headers a preflight asks for (see fetch#cors-preflight-fetch-0 steps 7 to 9). */
    private Decision decidePreflight(String allowOrigin, HeaderList headers) {
        List<String> methods = headers.all(CorsHeaders.REQUEST_METHOD);
        if (methods.size() != 1 || !Methods.isMethod(methods.get(0))) {
            return refusePreflight(Denial.METHOD_MALFORMED, allowOrigin);
        }
        String method = methods.get(0);
        if (!Methods.isCorsSafelisted(method) && !p.anyMethod && !p.methods.contains(method)) {
            return refusePreflight(Denial.METHOD_NOT_ALLOWED, allowOrigin);
        }
        HeaderNamesParse names = RequestHeaderNames.parse(headers.all(CorsHeaders.REQUEST_HEADERS));
        if (names instanceof HeaderNamesParse.Malformed) {
            return refusePreflight(Denial.HEADERS_MALFORMED, allowOrigin);
        }
        List<String> requested = ((HeaderNamesParse.Names) names).names();
        if (!p.reflectHeaders && !headersAllowed(requested)) {
            return refusePreflight(Denial.HEADERS_NOT_ALLOWED, allowOrigin);
        }
        return new Decision.Preflight(p.answered, preflightHeaders(allowOrigin, requested, headers));
    }

    /**
     * Answer whether every requested name is listed; {@code *} never covers {@code authorization} (see
     * fetch#cors-non-wildcard-request-header-name).
     */
    private boolean headersAllowed(List<String> requested) {
        for (String name : requested) {
            if (!p.headerNames.contains(name) && !(p.anyHeader && !name.equals("authorization"))) {
                return false;
            }
        }
        return true;
    }

    private HeaderList preflightHeaders(String allowOrigin, List<String> requested, HeaderList request) {
        HeaderList.Builder out = HeaderList.builder().add(CorsHeaders.ALLOW_ORIGIN, allowOrigin);
        if (p.policy.credentials()) {
            out.add(CorsHeaders.ALLOW_CREDENTIALS, "true");
        }
        if (!p.allowMethods.isEmpty()) {
            out.add(CorsHeaders.ALLOW_METHODS, p.allowMethods);
        }
        String allowHeaders = p.reflectHeaders ? String.join(",", requested) : p.allowHeaders;
        if (!allowHeaders.isEmpty()) {
            out.add(CorsHeaders.ALLOW_HEADERS, allowHeaders);
        }
        if (!p.maxAge.isEmpty()) {
            out.add(CorsHeaders.MAX_AGE, p.maxAge);
        }
        if (p.policy.allowPrivateNetwork()
                && request.all(CorsHeaders.REQUEST_PRIVATE_NETWORK).equals(List.of("true"))) {
            out.add(CorsHeaders.ALLOW_PRIVATE_NETWORK, "true");
        }
        if (!p.preflightVary.isEmpty()) {
            out.add(CorsHeaders.VARY, p.preflightVary);
        }
        return out.build();
    }

    /** Refuse a preflight from an allowed origin: the CORS check passes, the allow-lists are left out. */
    private Decision refusePreflight(Denial denial, String allowOrigin) {
        HeaderList.Builder out = HeaderList.builder().add(CorsHeaders.ALLOW_ORIGIN, allowOrigin);
        if (p.policy.credentials()) {
            out.add(CorsHeaders.ALLOW_CREDENTIALS, "true");
        }
        if (!p.preflightVary.isEmpty()) {
            out.add(CorsHeaders.VARY, p.preflightVary);
        }
        return new Decision.Disallowed(RequestKind.PREFLIGHT, denial, p.answered, out.build());
    }

    /** The origin judgement: the value for {@code Access-Control-Allow-Origin}, or why there is none. */
    private sealed interface OriginVerdict {
        record Allowed(String allowOrigin) implements OriginVerdict {
        }

        record Denied(Denial denial) implements OriginVerdict {
        }
    }
}
