package dev.corstck.tck.discovery;

import dev.corstck.fetch.cors.CorsCheck;
import dev.corstck.fetch.cors.CorsCheckFailure;
import dev.corstck.fetch.header.HeaderValues;
import dev.corstck.fetch.header.HttpWhitespace;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.reference.http.HeaderList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Read CORS response headers the way a browser does, for inference: the shared CORS check and the preflight lists. */
final class CorsHeaders {

    private CorsHeaders() {
    }

    /**
     * Classify {@code Access-Control-Allow-Origin} for a request from {@code origin} with the shared CORS check, run
     * without credentials (fetch#concept-cors-check).
     */
    static Access access(HeaderList headers, String origin) {
        Optional<CorsCheckFailure> failure = CorsCheck.perform(headers::all, origin, CredentialsMode.OMIT);
        if (failure.isEmpty()) {
            return HeaderValues.combine(headers.all(CorsCheck.ALLOW_ORIGIN)).equals("*") ? Access.WILDCARD : Access.EXACT;
        }
        return failure.get().kind() == CorsCheckFailure.Kind.MISSING ? Access.ABSENT : Access.OTHER_VALUE;
    }

    /** Split a list header (ACAM, ACAH, ACEH) on commas, trimmed, empty elements dropped (fetch#extract-header-list-values). */
    static List<String> list(HeaderList headers, String name) {
        List<String> out = new ArrayList<>();
        for (String value : headers.all(name)) {
            for (String part : value.split(",")) {
                String element = HttpWhitespace.strip(part);
                if (!element.isEmpty()) {
                    out.add(element);
                }
            }
        }
        return out;
    }

    /** Answer whether {@code method} passes the preflight's method check (fetch#cors-preflight-fetch-0). */
    static boolean allowsMethod(HeaderList headers, String method, boolean credentialed) {
        List<String> methods = list(headers, "Access-Control-Allow-Methods");
        return methods.contains(method) || List.of("GET", "HEAD", "POST").contains(method)
                || !credentialed && methods.contains("*");
    }

    /** Answer whether header {@code name} passes the preflight's header check; {@code *} never covers Authorization. */
    static boolean allowsHeader(HeaderList headers, String name, boolean credentialed) {
        List<String> names = list(headers, "Access-Control-Allow-Headers");
        boolean listed = names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
        return listed || !credentialed && names.contains("*") && !name.toLowerCase(Locale.ROOT).equals("authorization");
    }
}
