package dev.corstck.reference.decision;

import dev.corstck.reference.header.CorsHeaders;
import dev.corstck.reference.header.VaryMerge;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import java.util.List;
import java.util.regex.Pattern;

/** Adds a decision's headers to a response: {@code Vary} merged, every other header set once. */
final class DecisionHeaders {

    // Compiled once: a two-character String.split compiles its pattern on every call, once per response here.
    private static final Pattern VARY_SEPARATOR = Pattern.compile(", ");

    private DecisionHeaders() {
    }

    static HeaderList apply(HeaderList decision, HeaderList response) {
        HeaderList out = response;
        for (HeaderField field : decision.fields()) {
            if (field.hasName(CorsHeaders.VARY)) {
                out = VaryMerge.merge(out, List.of(VARY_SEPARATOR.split(field.value())));
            } else {
                out = out.replacing(field.name(), field.value());
            }
        }
        return out;
    }
}
