package dev.corstck.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An observation's outcome wraps the Fetch model's: one constant per Fetch outcome, and two that are not CORS results. */
class OutcomeTests {

    @ParameterizedTest(name = "{0}")
    @EnumSource(dev.corstck.fetch.response.Outcome.class)
    void everyFetchOutcomeRoundTrips(dev.corstck.fetch.response.Outcome fetch) {
        Outcome observed = Outcome.of(fetch);

        assertThat(observed.name()).isEqualTo(fetch.name());
        assertThat(observed.isCorsResult()).isTrue();
        assertThat(observed.corsOutcome()).contains(fetch);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(names = {"ERROR", "SKIPPED"})
    void harnessVerdictsAreNoFetchOutcome(Outcome harnessVerdict) {
        assertThat(harnessVerdict.isCorsResult()).isFalse();
        assertThat(harnessVerdict.corsOutcome()).isEqualTo(Optional.empty());
    }
}
