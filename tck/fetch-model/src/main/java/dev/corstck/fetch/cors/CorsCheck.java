package dev.corstck.fetch.cors;

import dev.corstck.fetch.header.HeaderValues;
import dev.corstck.fetch.request.CredentialsMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Perform the CORS check of a response against the request's serialized origin and credentials mode (see
 * fetch#concept-cors-check): the one copy the simulator, grading and discovery share.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CorsCheck {

    /** The response header the check reads first. */
    public static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    /** The response header the check reads for credentials mode {@code include}. */
    public static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

    private static final Set<String> SPECIAL_SCHEMES = Set.of("http", "https", "ws", "wss", "ftp");

    private CorsCheck() {
    }

    /**
     * Run the check; empty when it passes.
     *
     * @param fieldLines the response's field values of a header name, in order, ignoring case; empty when absent (it
     *     is asked for {@code Access-Control-Allow-Credentials} only when credentials are included)
     * @param serializedOrigin the request's origin as its {@code Origin} header says it
     * @param credentials the request's credentials mode; only {@code include} asks for credentials
     */
    public static Optional<CorsCheckFailure> perform(Function<String, List<String>> fieldLines,
            String serializedOrigin, CredentialsMode credentials) {
        List<String> lines = fieldLines.apply(ALLOW_ORIGIN);
        if (lines.isEmpty()) {
            return Optional.of(new CorsCheckFailure(CorsCheckFailure.Kind.MISSING, "", 0));
        }
        boolean include = credentials == CredentialsMode.INCLUDE;
        String origin = HeaderValues.combine(lines);
        // Step 3: "*" passes only without credentials; step 4: otherwise byte-equal to the serialized origin.
        if (!include && origin.equals("*")) {
            return Optional.empty();
        }
        if (!origin.equals(serializedOrigin)) {
            return Optional.of(new CorsCheckFailure(classifyMismatch(origin), origin, lines.size()));
        }
        if (!include) {
            return Optional.empty();
        }
        // Steps 5-7: credentials need Access-Control-Allow-Credentials to be exactly "true".
        List<String> acac = fieldLines.apply(ALLOW_CREDENTIALS);
        String allowCredentials = HeaderValues.combine(acac);
        return allowCredentials.equals("true") ? Optional.empty()
                : Optional.of(new CorsCheckFailure(CorsCheckFailure.Kind.INVALID_CREDENTIALS, allowCredentials,
                        acac.size()));
    }

    private static CorsCheckFailure.Kind classifyMismatch(String acao) {
        if (acao.equals("*")) {
            return CorsCheckFailure.Kind.WILDCARD_WITH_CREDENTIALS;
        }
        if (acao.indexOf(' ') >= 0 || acao.indexOf(',') >= 0) {
            return CorsCheckFailure.Kind.MULTIPLE;
        }
        return acao.equals("null") || hasScheme(acao) ? CorsCheckFailure.Kind.MISMATCH : CorsCheckFailure.Kind.INVALID;
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
        String scheme = v.substring(0, colon).toLowerCase(Locale.ROOT);
        return !SPECIAL_SCHEMES.contains(scheme) || hasValidAuthority(v.substring(colon + 1));
    }

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
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int portColon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']'))
                : hostPort.lastIndexOf(':');
        String host = portColon < 0 ? hostPort : hostPort.substring(0, portColon);
        String port = portColon < 0 ? "" : hostPort.substring(portColon + 1);
        return !host.isEmpty() && host.chars().noneMatch(c -> c == ' ' || c == '%' || c < 0x20)
                && port.chars().allMatch(Character::isDigit);
    }
}
