package dev.corstck.reference.policy;

import dev.corstck.fetch.header.HttpToken;
import dev.corstck.fetch.method.Methods;
import dev.corstck.reference.origin.OriginMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** The checks a {@link CorsPolicy} must pass; every check runs, so the caller gets every problem at once. */
final class PolicyRules {

    /** Longest {@code maxAge} accepted: Firefox's cap, the largest any engine honours (Chromium 7200, WebKit 600). */
    static final int MAX_AGE_LIMIT = 86_400;

    /** The {@code dangerously…} opt-ins. */
    record Opt(boolean reflectAnyWithCredentials, boolean allowNull, boolean insecureWithCredentials) {
    }

    private PolicyRules() {
    }

    static List<PolicyProblem> check(AllowedOrigins origin, List<String> methods, AllowedHeaders allowedHeaders,
            List<String> exposedHeaders, boolean credentials, OptionalInt maxAge, int optionsSuccessStatus, Opt opt) {
        List<PolicyProblem> out = new ArrayList<>();
        checkOrigin(origin, credentials, opt, out);
        checkMethods(methods, credentials, out);
        if (allowedHeaders instanceof AllowedHeaders.Listed listed) {
            checkNames("allowedHeaders", listed.names(), credentials, Reason.WILDCARD_HEADERS_WITH_CREDENTIALS, out);
        }
        checkNames("exposedHeaders", exposedHeaders, credentials, Reason.WILDCARD_EXPOSED_HEADERS_WITH_CREDENTIALS, out);
        checkExposedForbidden(exposedHeaders, out);
        if (maxAge.isPresent() && (maxAge.getAsInt() < 0 || maxAge.getAsInt() > MAX_AGE_LIMIT)) {
            out.add(PolicyProblem.of(Reason.MAX_AGE_OUT_OF_RANGE, "maxAge", maxAge.getAsInt() + " seconds; use 0 to "
                    + MAX_AGE_LIMIT + " (600 is honoured in full by every engine; leave it out for the 5 s default)"));
        }
        if (optionsSuccessStatus < 200 || optionsSuccessStatus > 299) {
            out.add(PolicyProblem.of(Reason.OPTIONS_SUCCESS_STATUS_NOT_OK, "optionsSuccessStatus", optionsSuccessStatus
                    + " fails every preflight (see fetch#ok-status); use 204, or 200 for very old clients"));
        }
        return out;
    }

    private static void checkOrigin(AllowedOrigins origin, boolean credentials, Opt opt, List<PolicyProblem> out) {
        if (origin instanceof AllowedOrigins.Any && credentials) {
            out.add(PolicyProblem.of(Reason.WILDCARD_ORIGIN_WITH_CREDENTIALS, "origin", "browsers reject"
                    + " 'Access-Control-Allow-Origin: *' on credentialed requests (see fetch#cors-check); list the"
                    + " exact origins that may send credentials, or set credentials: false"));
        }
        if (origin instanceof AllowedOrigins.ReflectAny && credentials && !opt.reflectAnyWithCredentials()) {
            out.add(PolicyProblem.of(Reason.REFLECT_ANY_ORIGIN_WITH_CREDENTIALS, "origin", "list the allowed origins;"
                    + " if every site really may read credentialed responses, set"
                    + " dangerouslyReflectAnyOriginWithCredentials: true"));
        }
        if (origin instanceof AllowedOrigins.Listed listed) {
            for (int i = 0; i < listed.entries().size(); i++) {
                OriginMatcher entry = listed.entries().get(i);
                String option = "origin[" + i + "]";
                if (credentials && !opt.insecureWithCredentials() && isInsecure(entry)) {
                    out.add(PolicyProblem.of(Reason.INSECURE_ORIGIN_WITH_CREDENTIALS, option, "'" + entry.describe()
                            + "' can be impersonated on the network; use its https origin, or set"
                            + " dangerouslyAllowInsecureOriginsWithCredentials: true"));
                }
                if (entry instanceof OriginMatcher.Regex regex) {
                    PatternLint.unescapedDot(regex.pattern().pattern()).ifPresent(problem ->
                            out.add(PolicyProblem.of(Reason.UNESCAPED_DOT_IN_PATTERN, option, problem)));
                }
            }
        }
    }

    private static boolean isInsecure(OriginMatcher entry) {
        if (entry instanceof OriginMatcher.Exact exact) {
            return !exact.origin().isPotentiallyTrustworthy();
        }
        if (entry instanceof OriginMatcher.Wildcard wildcard) {
            boolean loopback = wildcard.domain().equals("localhost") || wildcard.domain().endsWith(".localhost");
            return !(wildcard.scheme().equals("https") || wildcard.scheme().equals("wss") || loopback);
        }
        return PatternLint.mayMatchHttp(((OriginMatcher.Regex) entry).pattern().pattern());
    }

    private static void checkMethods(List<String> methods, boolean credentials, List<PolicyProblem> out) {
        for (int i = 0; i < methods.size(); i++) {
            String method = methods.get(i);
            String option = "methods[" + i + "]";
            if (method.equals("*")) {
                if (credentials) {
                    out.add(PolicyProblem.of(Reason.WILDCARD_METHODS_WITH_CREDENTIALS, option, "browsers read '*' as"
                            + " a method named '*' on credentialed requests (see fetch#cors-preflight-fetch-0); list"
                            + " the methods"));
                }
            } else if (!Methods.isMethod(method)) {
                out.add(PolicyProblem.of(Reason.MALFORMED_METHOD, option, "'" + method + "' is not a token; write a"
                        + " method such as PUT"));
            } else if (Methods.isForbidden(method)) {
                out.add(PolicyProblem.of(Reason.FORBIDDEN_METHOD, option, "browsers never send " + method
                        + " (see fetch#forbidden-method); remove it"));
            } else if (!Methods.normalize(method).equals(method)) {
                out.add(PolicyProblem.of(Reason.NON_NORMALIZED_METHOD, option, "browsers send '"
                        + Methods.normalize(method) + "', and methods compare case-sensitively; write '"
                        + Methods.normalize(method) + "' (see fetch#concept-method-normalize)"));
            }
        }
    }

    private static void checkNames(String name, List<String> names, boolean credentials, Reason wildcardReason,
            List<PolicyProblem> out) {
        for (int i = 0; i < names.size(); i++) {
            String header = names.get(i);
            String option = name + "[" + i + "]";
            if (header.equals("*")) {
                if (credentials) {
                    out.add(PolicyProblem.of(wildcardReason, option, "browsers read '*' as a header named '*' on"
                            + " credentialed requests (see fetch#http-new-header-syntax); list the header names"));
                }
            } else if (!HttpToken.isToken(header)) {
                out.add(PolicyProblem.of(Reason.MALFORMED_HEADER_NAME, option, "'" + header + "' is not a token;"
                        + " write a header name such as Content-Type"));
            }
        }
    }

    private static void checkExposedForbidden(List<String> names, List<PolicyProblem> out) {
        for (int i = 0; i < names.size(); i++) {
            String lower = names.get(i).toLowerCase(Locale.ROOT);
            if (lower.equals("set-cookie") || lower.equals("set-cookie2")) {
                out.add(PolicyProblem.of(Reason.FORBIDDEN_EXPOSED_HEADER, "exposedHeaders[" + i + "]", "'"
                        + names.get(i) + "' is never readable by scripts (see fetch#forbidden-response-header-name);"
                        + " remove it and put what scripts need in the body"));
            }
        }
    }
}
