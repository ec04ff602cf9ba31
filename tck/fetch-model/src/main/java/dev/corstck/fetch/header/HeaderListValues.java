package dev.corstck.fetch.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The result of extracting header list values for a {@code #token} list header such as
 * {@code Access-Control-Allow-Methods}: absent, a parse failure naming the bad element, or the values
 * (see fetch#extract-header-list-values). The simulator's preflight and exposure steps and discovery share it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface HeaderListValues permits HeaderListValues.Absent, HeaderListValues.Failure,
        HeaderListValues.Values {

    /** The header is not in the response. */
    record Absent() implements HeaderListValues {
    }

    /** An element is not a token; the whole list fails. */
    record Failure(String badElement) implements HeaderListValues {
    }

    /** The elements, in order, empty elements skipped as the {@code #} rule allows. */
    record Values(List<String> values) implements HeaderListValues {

        /** Answer whether the list holds {@code value} exactly (case-sensitive, as methods are compared). */
        public boolean containsExactly(String value) {
            return values.contains(value);
        }

        /** Answer whether the list holds {@code name} ignoring ASCII case (as header names are compared). */
        public boolean containsIgnoringCase(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(lower));
        }
    }

    /** Extract the comma-split, whitespace-stripped token list from the field {@code lines} of one header name. */
    static HeaderListValues extract(List<String> lines) {
        if (lines.isEmpty()) {
            return new Absent();
        }
        List<String> values = new ArrayList<>();
        for (String line : lines) {
            for (String element : line.split(",", -1)) {
                String v = HttpWhitespace.strip(element);
                if (v.isEmpty()) {
                    continue;
                }
                if (!HttpToken.isToken(v)) {
                    return new Failure(v);
                }
                values.add(v);
            }
        }
        return new Values(List.copyOf(values));
    }
}
