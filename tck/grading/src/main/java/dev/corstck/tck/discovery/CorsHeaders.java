package dev.corstck.tck.discovery;

import dev.corstck.fetch.cors.CorsCheck;
import dev.corstck.fetch.cors.CorsCheckFailure;
import dev.corstck.fetch.header.HeaderListValues;
import dev.corstck.fetch.header.HeaderValues;
import dev.corstck.fetch.header.HttpWhitespace;
import dev.corstck.fetch.method.Methods;
import dev.corstck.fetch.request.CredentialsMode;
import dev.corstck.fetch.http.HeaderList;
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

    /**
     * Answer whether {@code method} passes the preflight's method check; a list with an element that is not a token
     * fails the whole preflight, as in a browser (fetch#cors-preflight-fetch-0 steps 7.2, 7.5).
     */
    static boolean allowsMethod(HeaderList headers, String method, boolean credentialed) {
        HeaderListValues listed = HeaderListValues.extract(headers.all("Access-Control-Allow-Methods"));
        if (listed instanceof HeaderListValues.Failure) {
            return false;
        }
        List<String> methods = listed instanceof HeaderListValues.Values v ? v.values() : List.of();
        return methods.contains(method) || Methods.isCorsSafelisted(method) || !credentialed && methods.contains("*");
    }

    /**
     * Answer whether header {@code name} passes the preflight's header check; {@code *} never covers Authorization,
     * and a non-token element fails the whole preflight (fetch#cors-preflight-fetch-0 steps 7.3, 7.7).
     */
    static boolean allowsHeader(HeaderList headers, String name, boolean credentialed) {
        HeaderListValues listed = HeaderListValues.extract(headers.all("Access-Control-Allow-Headers"));
        if (listed instanceof HeaderListValues.Failure) {
            return false;
        }
        if (listed instanceof HeaderListValues.Values v && v.containsIgnoringCase(name)) {
            return true;
        }
        return !credentialed && listed instanceof HeaderListValues.Values v && v.containsExactly("*")
                && !name.toLowerCase(Locale.ROOT).equals("authorization");
    }
}
