package dev.corstck.tck.simulator.fetch;

import dev.corstck.reference.http.RawResponse;
import dev.corstck.tck.simulator.BlockReason;
import java.util.List;
import java.util.Optional;

/** The CORS check of a response against the request's origin and credentials mode (see fetch#concept-cors-check). */
final class CorsCheck {

    /** Why the check failed, in Chromium's classification (cors-rules.md §2.6). */
    enum Kind {
        MISSING, MULTIPLE, INVALID, MISMATCH, WILDCARD_WITH_CREDENTIALS, INVALID_CREDENTIALS
    }

    /** A failed check: the kind, the combined value that failed it and how many lines the header had. */
    record CheckFailure(Kind kind, String value, int lines) {
    }

    private CorsCheck() {
    }

    /** Run the CORS check; empty when it passes. */
    static Optional<CheckFailure> run(FetchState state, RawResponse response) {
        List<String> lines = Fields.all(response.headers(), "Access-Control-Allow-Origin");
        if (lines.isEmpty()) {
            return Optional.of(new CheckFailure(Kind.MISSING, "", 0));
        }
        String acao = combined(lines);
        if (!state.credentialsInclude() && acao.equals("*")) {
            return Optional.empty();
        }
        if (!acao.equals(state.serializedOrigin())) {
            return Optional.of(new CheckFailure(classifyMismatch(acao), acao, lines.size()));
        }
        if (!state.credentialsInclude()) {
            return Optional.empty();
        }
        List<String> acac = Fields.all(response.headers(), "Access-Control-Allow-Credentials");
        String credentials = acac.isEmpty() ? "" : combined(acac);
        return credentials.equals("true") ? Optional.empty()
                : Optional.of(new CheckFailure(Kind.INVALID_CREDENTIALS, credentials, acac.size()));
    }

    /** Combine header lines as "get" does: each value stripped of HTTP whitespace, joined by {@code ", "}. */
    static String combined(List<String> lines) {
        if (lines.size() == 1) {
            return Tokens.stripHttpWhitespace(lines.get(0));
        }
        return String.join(", ", lines.stream().map(Tokens::stripHttpWhitespace).toList());
    }

    private static Kind classifyMismatch(String acao) {
        if (acao.equals("*")) {
            return Kind.WILDCARD_WITH_CREDENTIALS;
        }
        if (acao.indexOf(' ') >= 0 || acao.indexOf(',') >= 0) {
            return Kind.MULTIPLE;
        }
        return acao.equals("null") || hasScheme(acao) ? Kind.MISMATCH : Kind.INVALID;
    }

    /**
     * Answer whether the value parses as a URL the lenient way Chromium's GURL does: any {@code scheme:} prefix (so
     * {@code app.localhost:8080} and {@code http://*.example} are mismatches, {@code *.example} is invalid), as
     * observed through CDP in the browser differential test.
     */
    private static boolean hasScheme(String v) {
        int colon = v.indexOf(':');
        if (colon <= 0 || colon == v.length() - 1 || !Character.isLetter(v.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = v.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        String scheme = v.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
        return !SPECIAL_SCHEMES.contains(scheme) || hasValidAuthority(v.substring(colon + 1));
    }

    private static final java.util.Set<String> SPECIAL_SCHEMES = java.util.Set.of("http", "https", "ws", "wss", "ftp");

    /** A special-scheme URL needs a non-empty host and a numeric port, e.g. {@code http://a.example:80%2F} is invalid. */
    private static boolean hasValidAuthority(String rest) {
        int start = 0;
        while (start < rest.length() && (rest.charAt(start) == '/' || rest.charAt(start) == '\\')) {
            start++;
        }
        int end = start;
        while (end < rest.length() && "/?#\\".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String authority = rest.substring(start, end);
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        int portColon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
        String host = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
        String port = portColon < 0 ? "" : hostPort.substring(portColon + 1);
        return !host.isEmpty() && host.chars().noneMatch(c -> c == ' ' || c == '%' || c < 0x20)
                && port.chars().allMatch(Character::isDigit);
    }

    /** The block reason for a failure on the actual response or, when {@code preflight}, on the preflight's. */
    static BlockReason reason(Kind kind, boolean preflight) {
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
        String acao = combined(Fields.all(r.headers(), "Access-Control-Allow-Origin"));
        return "Access-Control-Allow-Origin '" + acao + "' allows " + s.serializedOrigin()
                + (s.credentialsInclude() ? " and Access-Control-Allow-Credentials is 'true' (credentials include)"
                : " (credentials not included)");
    }

    /** Explain a failure in one line. */
    static String describe(CheckFailure f, String origin) {
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
