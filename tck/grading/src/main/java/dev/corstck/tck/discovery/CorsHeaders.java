package dev.corstck.tck.discovery;

import dev.corstck.reference.header.HttpWhitespace;
import dev.corstck.reference.http.HeaderList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Read CORS response headers the way a browser does, for inference (a small subset of the simulator). */
final class CorsHeaders {

    private CorsHeaders() {
    }

    /** Classify {@code Access-Control-Allow-Origin} for a request from {@code origin} (fetch#concept-cors-check). */
    static Access access(HeaderList headers, String origin) {
        if (!headers.contains("Access-Control-Allow-Origin")) {
            return Access.ABSENT;
        }
        String value = headers.combined("Access-Control-Allow-Origin").map(HttpWhitespace::strip).orElse("");
        if (headers.count("Access-Control-Allow-Origin") == 1 && value.equals("*")) {
            return Access.WILDCARD;
        }
        return value.equals(origin) ? Access.EXACT : Access.OTHER_VALUE;
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
