package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.header.HeaderListValues;
import dev.corstck.fetch.method.Methods;
import dev.corstck.fetch.http.RawResponse;
import dev.corstck.tck.simulator.BlockReason;
import java.util.List;
import java.util.Optional;

/**
 * What a preflight response allows: its methods and header names, validated against the actual request
 * (see fetch#cors-preflight-fetch-0, steps 7.1 to 7.7).
 */
record PreflightGrant(List<String> methods, List<String> headers) {

    private static final String ANCHOR = "cors-preflight-fetch-0";

    /** A granted preflight or the failure that denied it. */
    sealed interface Verdict permits Granted, Denied {
    }

    record Granted(PreflightGrant grant) implements Verdict {
    }

    record Denied(Failure failure) implements Verdict {
    }

    /** Validate {@code r} for the request in {@code s}, tracing each check. */
    static Verdict validate(FetchState s, RawResponse r, List<String> unsafeNames) {
        HeaderListValues methods = HeaderListValues.extract(Fields.all(r.headers(), "Access-Control-Allow-Methods"));
        HeaderListValues names = HeaderListValues.extract(Fields.all(r.headers(), "Access-Control-Allow-Headers"));
        if (methods instanceof HeaderListValues.Failure f) {
            return parseFailure(s, r, BlockReason.INVALID_ALLOW_METHODS, "Access-Control-Allow-Methods", f);
        }
        if (names instanceof HeaderListValues.Failure f) {
            return parseFailure(s, r, BlockReason.INVALID_ALLOW_HEADERS, "Access-Control-Allow-Headers", f);
        }
        List<String> methodList = methods instanceof HeaderListValues.Values v ? v.values()
                : s.useCorsPreflight ? List.of(s.method) : List.of();
        List<String> nameList = names instanceof HeaderListValues.Values v ? v.values() : List.of();
        Optional<BlockReason> denied = methodAllowed(s, methodList) ? authorizationAllowed(s, nameList)
                : Optional.of(BlockReason.METHOD_DISALLOWED);
        if (denied.isPresent()) {
            String detail = denied.get() == BlockReason.METHOD_DISALLOWED ? s.method : "authorization";
            return new Denied(new Failure(denied.get(), detail, r.status(), 0));
        }
        Optional<String> header = firstDisallowedHeader(s, nameList, unsafeNames);
        if (header.isPresent()) {
            return new Denied(new Failure(BlockReason.HEADER_DISALLOWED, header.get(), r.status(), 0));
        }
        return new Granted(new PreflightGrant(methodList, nameList));
    }

    private static Verdict parseFailure(FetchState s, RawResponse r, BlockReason reason, String header,
            HeaderListValues.Failure f) {
        s.trace.failed(ANCHOR, "parse allow lists", header + " element '" + f.badElement()
                + "' is not a token: the whole preflight fails");
        return new Denied(new Failure(reason, f.badElement(), r.status(), 0));
    }

    private static boolean methodAllowed(FetchState s, List<String> methods) {
        boolean star = methods.contains("*") && !s.credentialsInclude();
        if (methods.contains(s.method) || Methods.isCorsSafelisted(s.method) || star) {
            s.trace.passed(ANCHOR, "method allowed", s.method + (methods.contains(s.method) ? " is listed in "
                    + methods : Methods.isCorsSafelisted(s.method) ? " is a CORS-safelisted method"
                    : " is covered by '*' (credentials not included)"));
            return true;
        }
        String why = methods.contains("*") ? "; '*' is literal when credentials mode is 'include'" : "";
        s.trace.failed(ANCHOR, "method allowed", s.method + " is not in Access-Control-Allow-Methods " + methods
                + " (compared case-sensitively)" + why);
        return false;
    }

    /** {@code Authorization} must be listed explicitly: {@code *} never covers it in the spec. */
    private static Optional<BlockReason> authorizationAllowed(FetchState s, List<String> names) {
        boolean sent = Fields.contains(s.headers, "Authorization");
        if (!sent || names.stream().anyMatch(n -> n.equalsIgnoreCase("authorization"))) {
            return Optional.empty();
        }
        boolean star = names.contains("*") && !s.credentialsInclude();
        if (star && s.profile.wildcardCoversAuthorization()) {
            s.trace.diverges("cors-non-wildcard-request-header-name", "Authorization and '*'", s.profile.name()
                    + " lets Access-Control-Allow-Headers '*' cover Authorization; the spec does not "
                    + "(whatwg/fetch#1919)");
            return Optional.empty();
        }
        s.trace.failed("cors-non-wildcard-request-header-name", "Authorization and '*'", "Authorization is not "
                + "listed in Access-Control-Allow-Headers " + names + (star ? "; '*' does not cover it" : ""));
        return Optional.of(star ? BlockReason.AUTHORIZATION_NOT_COVERED_BY_WILDCARD : BlockReason.HEADER_DISALLOWED);
    }

    private static Optional<String> firstDisallowedHeader(FetchState s, List<String> names, List<String> unsafe) {
        boolean star = names.contains("*") && !s.credentialsInclude();
        for (String name : unsafe) {
            if (!star && names.stream().noneMatch(n -> n.equalsIgnoreCase(name))) {
                s.trace.failed(ANCHOR, "header allowed", name + " is not in Access-Control-Allow-Headers " + names
                        + (names.contains("*") ? "; '*' is literal when credentials mode is 'include'" : ""));
                return Optional.of(name);
            }
        }
        if (!unsafe.isEmpty()) {
            s.trace.passed(ANCHOR, "headers allowed", unsafe + " allowed by Access-Control-Allow-Headers " + names);
        }
        return Optional.empty();
    }
}
