package dev.corstck.reference.profile;

import dev.corstck.reference.policy.CorsPolicy;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * A reference server that gets CORS wrong on purpose, the way real servers do: a policy (derived from the intended
 * one) plus a {@link ResponseMutation} of the correct response. The grading kit must catch every one of them.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MistakeProfile {
    WILDCARD_WITH_CREDENTIALS("wildcard-with-credentials",
            "Access-Control-Allow-Origin: * with Access-Control-Allow-Credentials: true (origin '*' + credentials)",
            ProfilePolicies::reflectAnyWithCredentials, Mutations::wildcardOrigin),
    CORS_AFTER_ROUTES("cors-after-routes",
            "app.use(cors()) after the routes: routed responses lack CORS headers; only preflights and 404s get them",
            UnaryOperator.identity(), Mutations::corsAfterRoutes),
    AUTHORIZATION_NOT_ALLOWED("authorization-not-allowed",
            "allowedHeaders omits Authorization, so bearer-token preflights fail",
            ProfilePolicies::withoutAuthorization, ResponseMutation.NONE),
    CALLBACK_WITHOUT_NO_ORIGIN_GUARD("callback-without-no-origin-guard",
            "an origin callback without the !origin guard: requests without Origin (health checks, curl) get 500",
            UnaryOperator.identity(), Mutations::callbackWithoutGuard),
    LOCALHOST_BUT_NOT_127_0_0_1("localhost-but-not-127.0.0.1",
            "allows http://localhost:3000 but not http://127.0.0.1:3000, a different origin",
            ProfilePolicies::withoutIpLoopback, ResponseMutation.NONE),
    REFLECT_ANY_ORIGIN_WITH_CREDENTIALS("reflect-any-origin-with-credentials",
            "reflects any Origin with Access-Control-Allow-Credentials: true: every site can read users' data",
            ProfilePolicies::reflectAnyWithCredentials, ResponseMutation.NONE),
    NULL_ORIGIN_TRUSTED("null-origin-trusted",
            "allows Origin: null, which any sandboxed iframe or data: page can send",
            ProfilePolicies::trustNull, ResponseMutation.NONE),
    SUFFIX_MATCH("suffix-match",
            "origin.endsWith(allowedHost): https://evilapp.localhost passes for https://app.localhost",
            ProfilePolicies::suffixMatch, ResponseMutation.NONE),
    PREFIX_MATCH("prefix-match",
            "origin.startsWith(allowed): https://app.localhost.evil.example and other ports pass",
            ProfilePolicies::prefixMatch, ResponseMutation.NONE),
    UNESCAPED_DOT_PATTERN("unescaped-dot-pattern",
            "an origin regex with unescaped dots: https://appxlocalhost passes for https://app.localhost",
            ProfilePolicies::unescapedDot, ResponseMutation.NONE),
    MISSING_VARY("missing-vary",
            "a dynamic Access-Control-Allow-Origin without Vary: Origin, so caches mix up origins",
            UnaryOperator.identity(), Mutations::missingVary),
    VARY_OVERWRITTEN("vary-overwritten",
            "the CORS layer sets Vary: Origin and erases the application's own Vary (e.g. Accept-Encoding)",
            UnaryOperator.identity(), Mutations::varyOverwritten),
    DUPLICATE_ACAO("duplicate-acao",
            "Access-Control-Allow-Origin sent twice (a proxy and the application both add it)",
            UnaryOperator.identity(), Mutations::duplicateAllowOrigin),
    ACAO_TRAILING_SLASH("acao-trailing-slash",
            "Access-Control-Allow-Origin written with a trailing slash, which never equals an origin",
            UnaryOperator.identity(), Mutations::trailingSlash),
    PREFLIGHT_NON_2XX("preflight-non-2xx",
            "preflights answered 405 (no OPTIONS route), though they carry the CORS headers",
            UnaryOperator.identity(), Mutations::preflightNotOk),
    PREFLIGHT_REDIRECT("preflight-redirect",
            "preflights redirected (301 to a trailing-slash URL); browsers never follow a preflight redirect",
            UnaryOperator.identity(), Mutations::preflightRedirect),
    PREFLIGHT_REQUIRES_AUTH("preflight-requires-auth",
            "authentication before CORS: preflights, which never carry credentials, get 401",
            UnaryOperator.identity(), Mutations::preflightRequiresAuth),
    MAX_AGE_UNPARSEABLE("max-age-unparseable",
            "Access-Control-Max-Age: 10m instead of delta-seconds; browsers fall back to 5 s or do not cache",
            UnaryOperator.identity(), Mutations::maxAgeUnparseable),
    EXPOSE_HEADERS_MISSING("expose-headers-missing",
            "no Access-Control-Expose-Headers, so scripts cannot read custom headers such as X-Request-Id",
            UnaryOperator.identity(), Mutations::exposeHeadersMissing);

    private final String id;
    private final String description;
    private final UnaryOperator<CorsPolicy> policy;
    private final ResponseMutation mutation;

    MistakeProfile(String id, String description, UnaryOperator<CorsPolicy> policy, ResponseMutation mutation) {
        this.id = id;
        this.description = description;
        this.policy = policy;
        this.mutation = mutation;
    }

    /** The stable name used on the command line, e.g. {@code wildcard-with-credentials}. */
    public String id() {
        return id;
    }

    /** One line saying what the mistaken server does. */
    public String description() {
        return description;
    }

    /** The policy the mistaken server runs, derived from the intended {@code base}. */
    public CorsPolicy policy(CorsPolicy base) {
        return policy.apply(Objects.requireNonNull(base, "base must not be null"));
    }

    /** The mutation applied to every correct response. */
    public ResponseMutation mutation() {
        return mutation;
    }

    /** Find a profile by {@link #id()}. */
    public static Optional<MistakeProfile> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
