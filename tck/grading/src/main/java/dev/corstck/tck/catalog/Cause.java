package dev.corstck.tck.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Name one misconfiguration and the rules it breaks, so that one mistake reads as one line, not a rule each.
 *
 * <p>A cause is <em>diagnosed</em> by its own rules (they fail only when this mistake is made) and <em>also
 * breaks</em> rules that several mistakes break (an origin the policy does not allow gets access, a preflight
 * fails). A finding of an also-broken rule belongs to the first cause, in declaration order, that is diagnosed on
 * the same endpoint of the same target: broader causes come first, so reflecting every origin takes in the
 * look-alike origins it lets through. A finding no cause takes is its rule's own cause.
 *
 * <p>The remedy shown is the remedy of the first {@linkplain #remedyRules() remedy rule} in the terms of the
 * implementation the policy names ({@code certification/NAME/implementation.yaml}), else {@link #remedy()} in the
 * policy file's express {@code cors} terms.
 *
 * @since 0.2
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public enum Cause {

    ANY_ORIGIN_WITH_CREDENTIALS("any-origin-with-credentials",
            "Every Origin is reflected into Access-Control-Allow-Origin with Access-Control-Allow-Credentials: true, "
                    + "so any site can read users' data",
            "list the allowed origins in `origin: [...]` instead of `origin: true` or a callback that accepts any "
                    + "origin",
            List.of("security.reflect-any-origin-with-credentials", "policy.undeclared-origin-refused"),
            List.of("security.reflect-any-origin-with-credentials"),
            List.of(Rules.LOOK_ALIKE_WITH_CREDENTIALS, List.of("security.null-origin-trusted-with-credentials"),
                    Rules.EXTRA_ORIGIN)),

    ORIGIN_CALLBACK_THROWS("origin-callback-throws",
            "The origin check throws on an Origin it did not expect (none, or a malformed one), so those requests get "
                    + "a server error",
            "begin the origin callback with `if (!origin) return callback(null, true)` and never throw on an unknown "
                    + "origin: answer `callback(null, false)`",
            List.of("seed.callback-no-origin-guard"),
            List.of("seed.callback-no-origin-guard"),
            List.of(List.of("origin.malformed-no-server-error"))),

    WILDCARD_WITH_CREDENTIALS("wildcard-with-credentials",
            "Access-Control-Allow-Origin: * is sent with Access-Control-Allow-Credentials: true, which browsers "
                    + "refuse on every credentialed call",
            "set `origin` to the list of allowed origins (not '*') with `credentials: true`",
            List.of("cors-check.acao-not-wildcard-with-credentials", "policy.declared-credentials"),
            List.of("security.wildcard-origin-with-credentials", "seed.wildcard-with-credentials"),
            List.of(Rules.WILDCARD_SYMPTOMS, Rules.EXTRA_ORIGIN)),

    WILDCARD_ON_CREDENTIALED_CALLS("wildcard-on-credentialed-calls",
            "Credentialed calls get Access-Control-Allow-Origin: *, which never passes the CORS check for them",
            "set `origin` to the list of allowed origins (not '*') and `credentials: true`",
            List.of("cors-check.acao-not-wildcard-with-credentials", "policy.declared-credentials"),
            List.of("cors-check.acao-not-wildcard-with-credentials"),
            List.of(Rules.WILDCARD_SYMPTOMS, Rules.EXTRA_ORIGIN)),

    LOOSE_ORIGIN_MATCH_WITH_CREDENTIALS("loose-origin-match-with-credentials",
            "Origins are matched loosely (by prefix, suffix, an unescaped regex dot, any port, subdomain or scheme) "
                    + "with Access-Control-Allow-Credentials: true, so look-alike sites read users' data",
            "list the exact origins in `origin: [...]`; a RegExp entry must be anchored (^...$) with escaped dots",
            List.of("policy.undeclared-origin-refused"),
            Rules.LOOK_ALIKE_WITH_CREDENTIALS,
            List.of(Rules.EXTRA_ORIGIN)),

    NULL_ORIGIN_WITH_CREDENTIALS("null-origin-with-credentials",
            "Origin: null is trusted with Access-Control-Allow-Credentials: true, and any sandboxed iframe or data: "
                    + "page sends it",
            "remove 'null' from `origin`; list only real origins",
            List.of("security.null-origin-trusted-with-credentials", "policy.undeclared-origin-refused"),
            List.of("security.null-origin-trusted-with-credentials"),
            List.of(Rules.EXTRA_ORIGIN)),

    CORS_AFTER_ROUTES("cors-after-routes",
            "The routes answer before the CORS layer runs, so their responses carry no Access-Control-Allow-Origin",
            "call `app.use(cors(options))` before any route",
            List.of("seed.cors-before-routes"),
            List.of("seed.cors-before-routes"),
            List.of(List.of("cors-check.acao-present", "security.preflight-actual-consistent"), Rules.REFUSED)),

    ACAO_SENT_TWICE("acao-sent-twice",
            "Access-Control-Allow-Origin is sent more than once (two layers add it), so the CORS check fails",
            "let one layer (the proxy or the application, not both) add Access-Control-Allow-Origin",
            List.of("cors-check.acao-single"),
            List.of("cors-check.acao-single"),
            List.of(List.of("seed.credentials-need-exact-origin"), Rules.REFUSED)),

    ACAO_NOT_THE_ORIGIN("acao-not-the-origin",
            "Access-Control-Allow-Origin is not the request's origin byte for byte (a trailing slash, other case or "
                    + "spacing), so the CORS check fails",
            "send the origin exactly as the browser sent it in `Origin` (scheme, host, port; no trailing slash)",
            List.of("cors-check.acao-exact", "policy.declared-origin-allowed"),
            List.of("cors-check.acao-exact"),
            List.of(Rules.REFUSED)),

    LOOPBACK_TWIN_REFUSED("loopback-twin-refused",
            "A dev origin is allowed on localhost but not on 127.0.0.1 (or the reverse): they are different origins",
            "list both http://localhost:PORT and http://127.0.0.1:PORT in `origin` when both are used",
            List.of("policy.declared-origin-allowed"),
            List.of("seed.localhost-vs-127"),
            List.of(Rules.REFUSED, List.of("cors-check.acao-present"), Rules.PREFLIGHT_REFUSED)),

    PREFLIGHT_REDIRECTED("preflight-redirected",
            "Preflights are redirected, and browsers never follow a preflight redirect",
            "answer OPTIONS on the exact path the front end calls, before any redirect",
            List.of("preflight.no-redirect", "seed.preflight-handled"),
            List.of("preflight.no-redirect"),
            List.of(Rules.PREFLIGHT_REFUSED, Rules.REFUSED)),

    PREFLIGHT_REQUIRES_CREDENTIALS("preflight-requires-credentials",
            "Preflights are refused for want of credentials, which a browser never sends on a preflight",
            "run the CORS layer before authentication, so OPTIONS preflights are answered without it",
            List.of("preflight.no-credentials-required", "seed.preflight-handled"),
            List.of("preflight.no-credentials-required"),
            List.of(Rules.PREFLIGHT_REFUSED, Rules.REFUSED)),

    PREFLIGHT_NOT_OK("preflight-not-ok",
            "Preflights are not answered with an ok status (no OPTIONS route answers them), so the actual request "
                    + "is never sent",
            "keep `preflightContinue: false` so cors answers OPTIONS itself, for every route the front end calls",
            List.of("preflight.status-ok", "seed.preflight-handled"),
            List.of("preflight.status-ok", "seed.preflight-handled"),
            List.of(List.of("preflight.cors-check"), Rules.REFUSED)),

    REQUEST_HEADER_NOT_ALLOWED("request-header-not-allowed",
            "A request header the front end sends is not in Access-Control-Allow-Headers, so its preflight fails",
            "add the header to `allowedHeaders`",
            List.of("seed.authorization-in-allowed-headers", "policy.declared-headers-allowed"),
            List.of("seed.authorization-in-allowed-headers", "preflight.acah-lists-headers"),
            List.of(List.of("policy.declared-headers-allowed")), Rules.REFUSED_PREFLIGHT_CACHE),

    METHOD_NOT_ALLOWED("method-not-allowed",
            "A method the front end uses is not in Access-Control-Allow-Methods, so its preflight fails",
            "add the method to `methods`",
            List.of("policy.declared-methods-allowed"),
            List.of("preflight.acam-lists-method"),
            List.of(List.of("policy.declared-methods-allowed")), Rules.REFUSED_PREFLIGHT_CACHE),

    MAX_AGE_UNPARSEABLE("max-age-unparseable",
            "Access-Control-Max-Age is not delta-seconds, so browsers fall back to their default preflight cache time",
            "set `maxAge` to a number of seconds, e.g. `maxAge: 600`",
            List.of("preflight-cache.max-age-syntax", "policy.declared-max-age"),
            List.of("preflight-cache.max-age-syntax"),
            List.of(List.of("policy.declared-max-age", "preflight-cache.max-age-present"))),

    MAX_AGE_MISSING("max-age-missing",
            "Preflight responses carry no Access-Control-Max-Age, so browsers preflight again after 5 s",
            "set `maxAge` (seconds), e.g. `maxAge: 600`",
            List.of("preflight-cache.max-age-present", "policy.declared-max-age"),
            List.of("preflight-cache.max-age-present"),
            List.of(List.of("policy.declared-max-age")));

    private final String id;
    private final String summary;
    private final String remedy;
    private final List<String> remedyRules;
    private final List<String> diagnosedBy;
    private final List<String> alsoBreaks;
    private final List<String> onSameRequest;

    Cause(String id, String summary, String remedy, List<String> remedyRules, List<String> diagnosedBy,
            List<List<String>> alsoBreaks) {
        this(id, summary, remedy, remedyRules, diagnosedBy, alsoBreaks, List.of());
    }

    Cause(String id, String summary, String remedy, List<String> remedyRules, List<String> diagnosedBy,
            List<List<String>> alsoBreaks, List<String> onSameRequest) {
        this.onSameRequest = onSameRequest;
        this.id = id;
        this.summary = summary;
        this.remedy = remedy;
        this.remedyRules = remedyRules;
        this.diagnosedBy = diagnosedBy;
        this.alsoBreaks = alsoBreaks.stream().flatMap(List::stream).distinct().toList();
    }

    /** The cause's stable ID, e.g. {@code any-origin-with-credentials}. */
    public String id() {
        return id;
    }

    /** What is wrong, in one sentence. */
    public String summary() {
        return summary;
    }

    /** The fix in the policy file's express {@code cors} terms, for an implementation without its own remedy. */
    public String remedy() {
        return remedy;
    }

    /** The rules whose implementation remedy fixes this cause, the best first. */
    public List<String> remedyRules() {
        return remedyRules;
    }

    /** The rules that fail only when this mistake is made: a finding of one shows the cause is there. */
    public List<String> diagnosedBy() {
        return diagnosedBy;
    }

    /** The rules this mistake breaks besides its own, which other mistakes may break too. */
    public List<String> alsoBreaks() {
        return alsoBreaks;
    }

    /**
     * The rules this mistake breaks only on the very requests it is diagnosed on (a refused preflight also lacks
     * Access-Control-Max-Age), which a finding joins only from a scenario the cause is diagnosed on.
     */
    public List<String> onSameRequest() {
        return onSameRequest;
    }

    /** Answer whether a finding of {@code ruleId} on any request of an endpoint can come from this mistake. */
    public boolean breaks(String ruleId) {
        return diagnosedBy.contains(ruleId) || alsoBreaks.contains(ruleId);
    }

    /** Every rule ID this cause names, diagnosing ones first. */
    public List<String> rules() {
        return Stream.of(diagnosedBy, alsoBreaks, onSameRequest).flatMap(List::stream).distinct().toList();
    }

    /** The cause {@code ruleId} diagnoses, if any (a rule diagnoses at most one). */
    public static Optional<Cause> diagnosedBy(String ruleId) {
        return Stream.of(values()).filter(c -> c.diagnosedBy.contains(ruleId)).findFirst();
    }

    /** Rule sets several causes share. */
    private static final class Rules {

        /** An origin outside the policy gets access: what every over-broad origin match shows. */
        static final List<String> EXTRA_ORIGIN = List.of("policy.undeclared-origin-refused",
                "seed.unlisted-origin-no-acao", "seed.origin-is-scheme-host-port");

        /** A look-alike of a trusted origin gets access with credentials. */
        static final List<String> LOOK_ALIKE_WITH_CREDENTIALS = List.of("security.prefix-match-with-credentials",
                "security.suffix-match-with-credentials", "security.unescaped-dot-with-credentials",
                "security.special-character-bypass-with-credentials", "security.scheme-downgrade-with-credentials",
                "security.any-subdomain-with-credentials", "security.any-port-with-credentials");

        /** A call the policy allows is refused: what every broken response shows from the front end's side. */
        static final List<String> REFUSED = List.of("policy.declared-origin-allowed", "preflight.cors-check");

        /** The preflight fails before the CORS check is reached. */
        static final List<String> PREFLIGHT_REFUSED = List.of("preflight.status-ok", "seed.preflight-handled");

        /** A refused preflight carries no Access-Control-Max-Age: the refusal, not the cache, is the mistake. */
        static final List<String> REFUSED_PREFLIGHT_CACHE = List.of("preflight-cache.max-age-present",
                "policy.declared-max-age");

        /** What `*` does to credentialed calls. */
        static final List<String> WILDCARD_SYMPTOMS = List.of("cors-check.acao-not-wildcard-with-credentials",
                "policy.declared-credentials", "seed.credentials-need-exact-origin", "preflight.cors-check",
                "policy.declared-origin-allowed");

        private Rules() {
        }
    }
}
