package dev.corstck.tck.simulator.fetch;

import dev.corstck.reference.http.HeaderList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of extracting header list values for a {@code #token} list header such as
 * {@code Access-Control-Allow-Methods}: absent, a parse failure naming the bad element, or the values
 * (see fetch#extract-header-list-values).
 */
sealed interface HeaderValueList permits HeaderValueList.Absent, HeaderValueList.Failure, HeaderValueList.Values {

    /** The header is not in the response. */
    record Absent() implements HeaderValueList {
    }

    /** An element is not a token; the whole list fails. */
    record Failure(String badElement) implements HeaderValueList {
    }

    /** The elements, in order, empty elements skipped as the {@code #} rule allows. */
    record Values(List<String> values) implements HeaderValueList {

        /** Answer whether the list holds {@code value} exactly (case-sensitive, as methods are compared). */
        boolean containsExactly(String value) {
            return values.contains(value);
        }

        /** Answer whether the list holds {@code name} ignoring ASCII case (as header names are compared). */
        boolean containsIgnoringCase(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(lower));
        }
    }

    /** Extract the combined, comma-split, whitespace-stripped token list of {@code name} from {@code headers}. */
    static HeaderValueList extract(HeaderList headers, String name) {
        List<String> lines = Fields.all(headers, name);
        if (lines.isEmpty()) {
            return new Absent();
        }
        List<String> values = new ArrayList<>();
        for (String line : lines) {
            for (String element : line.split(",", -1)) {
                String v = Tokens.stripHttpWhitespace(element);
                if (v.isEmpty()) {
                    continue;
                }
                if (!Tokens.isToken(v)) {
                    return new Failure(v);
                }
                values.add(v);
            }
        }
        return new Values(List.copyOf(values));
    }
}
