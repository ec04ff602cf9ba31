package dev.corstck.reference.fuzz;

import dev.corstck.fetch.header.HttpToken;
import dev.corstck.reference.header.HeaderNamesParse;
import dev.corstck.reference.header.RequestHeaderNames;
import dev.corstck.reference.header.VaryMerge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Properties of the header-list parser and the Vary merge over generated lists. */
class HeaderListFuzzTests {

    @Test
    void parsedNamesAreLowercaseUniqueTokensAndParsingIsIdempotent() {
        Fuzz fuzz = new Fuzz();
        for (int i = 0; i < Fuzz.iterations(); i++) {
            List<String> lines = new ArrayList<>();
            for (int n = fuzz.random().nextInt(3); n >= 0; n--) {
                lines.add(fuzz.headerList());
            }
            HeaderNamesParse parsed = RequestHeaderNames.parse(lines);
            if (parsed instanceof HeaderNamesParse.Names names) {
                check(names.names().stream().distinct().count() == names.names().size()
                        && names.names().stream().allMatch(n -> HttpToken.isToken(n) && n.equals(n.toLowerCase(Locale.ROOT)))
                        && RequestHeaderNames.parse(List.of(String.join(",", names.names()))).equals(parsed), () ->
                        "bad names " + names.names() + " from " + lines);
            } else {
                boolean hasJunk = lines.stream().flatMap(l -> List.of(l.split(",", -1)).stream())
                        .map(e -> e.replaceAll("^[ \t]+|[ \t]+$", "")).anyMatch(e -> !e.isEmpty() && !HttpToken.isToken(e));
                check(hasJunk, () -> "malformed although every element is a token: " + lines);
            }
        }
    }

    @Test
    void varyMergeKeepsEveryNameOnce() {
        Fuzz fuzz = new Fuzz();
        for (int i = 0; i < Fuzz.iterations(); i++) {
            List<String> app = List.of(fuzz.headerList().replace("\r", "").replace("\n", ""));
            String merged = VaryMerge.mergedValue(app, List.of("Origin"));
            List<String> names = List.of(merged.split(", "));
            check(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count() == names.size()
                    && (merged.equals("*") || names.stream().anyMatch(n -> n.equalsIgnoreCase("origin"))), () ->
                    "merged " + app + " into " + merged);
        }
    }

    private static void check(boolean ok, java.util.function.Supplier<String> message) {
        if (!ok) {
            throw new AssertionError(message.get());
        }
    }
}
