package dev.corstck.reference.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.origin.OriginParse;
import dev.corstck.fetch.origin.TupleOrigin;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Properties of origin parsing over generated look-alike and hostile texts. */
class OriginFuzzTests {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9+.-]*://[^/@\\s]+");

    @Test
    void fromHeaderAcceptsOnlyFixedPointsOfSerialization() {
        Fuzz fuzz = new Fuzz();
        int accepted = 0;
        for (int i = 0; i < Fuzz.iterations(); i++) {
            String text = fuzz.origin();
            Optional<TupleOrigin> origin = TupleOrigin.fromHeader(text);
            if (origin.isPresent()) {
                accepted++;
                check(origin.get().serialize().equals(text) && SHAPE.matcher(text).matches(), () -> "accepted " + text);
            }
        }
        assertThat(accepted).as("some generated origins are valid").isGreaterThan(Fuzz.iterations() / 20);
    }

    @Test
    void parseNeverThrowsAndNormalizesToAFixedPoint() {
        Fuzz fuzz = new Fuzz();
        for (int i = 0; i < Fuzz.iterations(); i++) {
            String text = fuzz.origin();
            OriginParse parsed = TupleOrigin.parse(text);
            if (parsed instanceof OriginParse.Parsed p) {
                String serialized = p.origin().serialize();
                check(TupleOrigin.fromHeader(serialized).equals(Optional.of(p.origin()))
                        && TupleOrigin.parse(serialized).equals(parsed), () -> "not a fixed point: " + text + " -> " + serialized);
            } else {
                check(!((OriginParse.Invalid) parsed).problem().isBlank(), () -> "no problem text for " + text);
            }
        }
    }

    private static void check(boolean ok, java.util.function.Supplier<String> message) {
        if (!ok) {
            throw new AssertionError(message.get());
        }
    }
}
