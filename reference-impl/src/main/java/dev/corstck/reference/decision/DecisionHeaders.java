package dev.corstck.reference.decision;

import dev.corstck.reference.header.CorsHeaders;
import dev.corstck.reference.header.VaryMerge;
import dev.corstck.fetch.http.HeaderField;
import dev.corstck.fetch.http.HeaderList;
import java.util.List;

/** Adds a decision's headers to a response: {@code Vary} merged, every other header set once. */
final class DecisionHeaders {

    private DecisionHeaders() {
    }

    static HeaderList apply(HeaderList decision, HeaderList response) {
        HeaderList out = response;
        for (HeaderField field : decision.fields()) {
            if (field.hasName(CorsHeaders.VARY)) {
                out = VaryMerge.merge(out, List.of(field.value().split(", ")));
            } else {
                out = out.replacing(field.name(), field.value());
            }
        }
        return out;
    }
}
