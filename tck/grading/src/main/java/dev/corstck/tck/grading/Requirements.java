package dev.corstck.tck.grading;

import dev.corstck.fetch.method.Methods;
import dev.corstck.reference.policy.AllowedHeaders;
import dev.corstck.reference.policy.AllowedOrigins;
import dev.corstck.reference.policy.CorsPolicy;
import dev.corstck.tck.generation.GeneratedScenario;
import dev.corstck.tck.generation.OriginClass;
import dev.corstck.tck.generation.PageOrigins;
import dev.corstck.tck.grading.Requirement.Either;
import dev.corstck.tck.grading.Requirement.Latitude;
import dev.corstck.tck.grading.Requirement.MustRefuse;
import dev.corstck.tck.grading.Requirement.Refusal;
import dev.corstck.tck.policy.BodyType;
import dev.corstck.tck.policy.GradingPolicy;
import dev.corstck.tck.simulator.Exchange;
import dev.corstck.tck.simulator.ExchangeKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decide a scenario's {@link Requirement} from the declared policy (the endpoint's own where it has one) and the
 * requests as the browser-shaped simulator sent them: whether an {@code Origin} went out, whether a preflight did and
 * what it asked for (see fetch#http-cors-protocol, fetch#cors-preflight-fetch).
 */
final class Requirements {

    private Requirements() {
    }

    static Requirement of(Optional<GradingPolicy> declared, GeneratedScenario s, List<Exchange> sent) {
        if (declared.isEmpty()) {
            return new Requirement.Undeclared();
        }
        if (!isCors(s, sent)) {
            return new Requirement.NotCors(s.originClass() == OriginClass.SAME_ORIGIN
                    ? "a same-origin request: CORS does not apply"
                    : "the request carried no Origin (" + s.shape().title() + "): CORS does not apply");
        }
        if (s.isWireOnly()) {
            return new Either("no browser can send the origin '" + s.page().origin() + "': no page ever reads this "
                    + "answer", Latitude.WIRE_ONLY_ORIGIN);
        }
        CorsPolicy cors = declared.get().corsFor(s.endpoint());
        String origin = s.page().origin();
        String scope = s.endpoint().cors().isPresent() ? " on " + s.endpoint().path() : "";
        if (origin.equals("null") && cors.origin() instanceof AllowedOrigins.Any && !s.includesCredentials()) {
            return new Either("a public '*' policy may serve Origin: null with '*' or refuse it",
                    Latitude.NULL_UNDER_PUBLIC_POLICY);
        }
        if (!PageOrigins.allows(cors, origin)) {
            return new MustRefuse("the policy" + scope + " does not allow the origin '" + origin + "'",
                    Refusal.ORIGIN);
        }
        if (s.includesCredentials() && !cors.credentials()) {
            return new MustRefuse("the policy" + scope + " allows '" + origin + "' without credentials only",
                    Refusal.CREDENTIALS);
        }
        String method = s.shape().method();
        if (!s.endpoint().methods().contains(method)) {
            return new Either("the policy's clients do not call " + method + " on " + s.endpoint().path()
                    + " (they call " + String.join(", ", s.endpoint().methods()) + "): the route may refuse it",
                    Latitude.METHOD_NOT_CALLED_HERE);
        }
        BodyType body = s.shape().body();
        if (!s.shape().name().startsWith("declared-") && body != BodyType.NONE && body != s.endpoint().body()) {
            return new Either("the policy's clients send " + (s.endpoint().body() == BodyType.NONE ? "no body"
                    : "a " + s.endpoint().body().yaml() + " body") + " to " + s.endpoint().path() + ", not "
                    + body.yaml() + ": the route may refuse this request", Latitude.BODY_NOT_SENT_HERE);
        }
        Optional<Exchange> preflight = sent.stream().filter(e -> e.kind() == ExchangeKind.PREFLIGHT).findFirst();
        if (preflight.isPresent()) {
            boolean anyMethod = cors.methods().contains("*") && !s.includesCredentials();
            if (!Methods.isCorsSafelisted(method) && !cors.methods().contains(method) && !anyMethod) {
                return new Either("the policy" + scope + " does not list the method " + method,
                        Latitude.METHOD_NOT_DECLARED);
            }
            Optional<String> header = undeclaredHeader(cors, preflight.get());
            if (header.isPresent()) {
                return new Either("the policy" + scope + " does not list the request header " + header.get(),
                        Latitude.HEADER_NOT_DECLARED);
            }
        }
        return new Requirement.MustShare("the policy" + scope + " allows " + method + " from '" + origin + "'"
                + (s.includesCredentials() ? " with credentials" : ""));
    }

    /**
     * Answer whether the request went out with an {@code Origin}: the first request of the scenario as sent (a
     * preflight always carries one); before anything was sent, from the scenario (a {@code no-cors} or same-origin
     * GET or HEAD carries none, see fetch#append-a-request-origin-header).
     */
    private static boolean isCors(GeneratedScenario s, List<Exchange> sent) {
        if (s.originClass() == OriginClass.SAME_ORIGIN) {
            return false;
        }
        if (!sent.isEmpty()) {
            return sent.get(0).request().headers().contains("Origin");
        }
        String method = s.shape().method();
        return !(s.shape().noCors() && (method.equals("GET") || method.equals("HEAD")));
    }

    /** A name in the preflight's Access-Control-Request-Headers that the policy's allowedHeaders list lacks. */
    private static Optional<String> undeclaredHeader(CorsPolicy cors, Exchange preflight) {
        if (!(cors.allowedHeaders() instanceof AllowedHeaders.Listed listed)) {
            return Optional.empty(); // allowedHeaders absent: the policy reflects what is asked
        }
        List<String> allowed = listed.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        return preflight.request().headers().all("Access-Control-Request-Headers").stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(String::strip).filter(n -> !n.isEmpty())
                .filter(n -> !allowed.contains(n.toLowerCase(Locale.ROOT))
                        && !(allowed.contains("*") && !n.equalsIgnoreCase("Authorization"))).findFirst();
    }
}
