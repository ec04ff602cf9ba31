package dev.corstck.tck.simulator.fetch;

import dev.corstck.fetch.header.HeaderListValues;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import dev.corstck.fetch.http.RawResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The filtered responses script gets: basic, CORS and opaque (see fetch#concept-filtered-response). */
final class ResponseFilter {

    private static final Set<String> SAFELISTED = Set.of("cache-control", "content-language", "content-length",
            "content-type", "expires", "last-modified", "pragma");
    private static final Set<String> FORBIDDEN = Set.of("set-cookie", "set-cookie2");

    private ResponseFilter() {
    }

    /** Everything but {@code Set-Cookie} and {@code Set-Cookie2} (see fetch#concept-filtered-response-basic). */
    static HeaderList basic(RawResponse response) {
        return new HeaderList(response.headers().fields().stream().filter(f -> !isForbidden(f)).toList());
    }

    /**
     * The CORS-safelisted response headers plus those {@code Access-Control-Expose-Headers} lists; {@code *} exposes
     * every name only when credentials are not included (see fetch#concept-filtered-response-cors and main fetch).
     */
    static HeaderList cors(RawResponse response, boolean credentialsInclude, Trace trace) {
        HeaderListValues exposed = HeaderListValues.extract(Fields.all(response.headers(), "Access-Control-Expose-Headers"));
        boolean all = exposed instanceof HeaderListValues.Values v && v.containsExactly("*") && !credentialsInclude;
        Set<String> listed = exposed instanceof HeaderListValues.Values v
                ? v.values().stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()) : Set.of();
        List<HeaderField> visible = new ArrayList<>(response.headers().size());
        for (HeaderField f : response.headers().fields()) {
            String name = lower(f);
            if (!FORBIDDEN.contains(name) && (all || SAFELISTED.contains(name) || listed.contains(name))) {
                visible.add(f);
            }
        }
        trace.info("concept-response-cors-exposed-header-name-list", "expose headers", describe(exposed, all));
        return new HeaderList(visible);
    }

    private static String describe(HeaderListValues exposed, boolean all) {
        if (all) {
            return "Access-Control-Expose-Headers '*' exposes every header but Set-Cookie";
        }
        if (exposed instanceof HeaderListValues.Failure f) {
            return "Access-Control-Expose-Headers has invalid element '" + f.badElement()
                    + "': only CORS-safelisted response headers are visible";
        }
        if (exposed instanceof HeaderListValues.Values v) {
            return "CORS-safelisted response headers plus " + v.values();
        }
        return "no Access-Control-Expose-Headers: only CORS-safelisted response headers are visible";
    }

    private static boolean isForbidden(HeaderField f) {
        return FORBIDDEN.contains(lower(f));
    }

    private static String lower(HeaderField f) {
        return f.name().toLowerCase(Locale.ROOT);
    }
}
