package dev.corstck.reference.policy;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * What a server allows across origins, under the option names of Express {@code cors}, validated on construction:
 * an insecure or malformed policy cannot exist, and the exception lists every problem at once.
 *
 * <p>Build one with {@link #builder()} (its Javadoc states the defaults) or load one with {@link PolicyFile}.
 *
 * @param origin which request origins are allowed
 * @param methods the methods a preflight may ask for, besides the CORS-safelisted ones (case-sensitive)
 * @param allowedHeaders which request headers a preflight may ask for
 * @param exposedHeaders response headers scripts may read, beyond the CORS-safelisted response headers
 * @param credentials whether credentialed requests (cookies, HTTP auth) may read responses
 * @param maxAge seconds browsers may cache a preflight result, or empty to send no {@code Access-Control-Max-Age}
 * @param preflightContinue whether allowed preflights pass on to the application instead of being answered here
 * @param optionsSuccessStatus the ok status of a preflight answered here
 * @param allowPrivateNetwork whether to answer {@code Access-Control-Request-Private-Network: true} with
 *     {@code Access-Control-Allow-Private-Network: true}
 * @param dangerouslyReflectAnyOriginWithCredentials allow {@code origin: true} together with credentials
 * @param dangerouslyAllowNullOrigin allow the opaque {@code null} origin (sandboxed frames, {@code data:} pages)
 * @param dangerouslyAllowInsecureOriginsWithCredentials allow plain-http, non-loopback origins with credentials
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CorsPolicy(
        AllowedOrigins origin,
        List<String> methods,
        AllowedHeaders allowedHeaders,
        List<String> exposedHeaders,
        boolean credentials,
        OptionalInt maxAge,
        boolean preflightContinue,
        int optionsSuccessStatus,
        boolean allowPrivateNetwork,
        boolean dangerouslyReflectAnyOriginWithCredentials,
        boolean dangerouslyAllowNullOrigin,
        boolean dangerouslyAllowInsecureOriginsWithCredentials) {

    public CorsPolicy {
        Objects.requireNonNull(origin, "origin must not be null");
        methods = List.copyOf(Objects.requireNonNull(methods, "methods must not be null"));
        Objects.requireNonNull(allowedHeaders, "allowedHeaders must not be null");
        exposedHeaders = List.copyOf(Objects.requireNonNull(exposedHeaders, "exposedHeaders must not be null"));
        Objects.requireNonNull(maxAge, "maxAge must not be null");
        List<PolicyProblem> problems = PolicyRules.check(origin, methods, allowedHeaders, exposedHeaders, credentials,
                maxAge, optionsSuccessStatus, new PolicyRules.Opt(dangerouslyReflectAnyOriginWithCredentials,
                        dangerouslyAllowNullOrigin, dangerouslyAllowInsecureOriginsWithCredentials));
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
    }

    /** Start a policy from the defaults: deny every origin (see {@link CorsPolicyBuilder}). */
    public static CorsPolicyBuilder builder() {
        return new CorsPolicyBuilder();
    }

    /** The default policy: no origin is allowed, so CORS requests get no CORS headers. */
    public static CorsPolicy denyAll() {
        return builder().build();
    }

    /** Start a builder holding this policy's settings. */
    public CorsPolicyBuilder toBuilder() {
        return new CorsPolicyBuilder(this);
    }

    /** Answer whether the CORS answer depends on the request's {@code Origin}, so responses need {@code Vary: Origin}. */
    public boolean variesByOrigin() {
        if (origin instanceof AllowedOrigins.Any) {
            return false;
        }
        return !(origin instanceof AllowedOrigins.None) || dangerouslyAllowNullOrigin;
    }

    /** Render this policy in the policy-file format (see {@link PolicyFile#format(CorsPolicy)}). */
    @Override
    public String toString() {
        return PolicyFile.format(this);
    }
}
