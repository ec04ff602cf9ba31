package dev.corstck.tck.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.engine.baseline.BaselineEntry;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class TestOutcomeTests {

    private static final BaselineEntry KNOWN = new BaselineEntry("cors-check.acao-exact", "s", "chromium",
            "proxy rewrites it", List.of(), 7);

    private static Finding finding(Verdict verdict) {
        return Finding.builder().rule("cors-check.acao-exact", "ACAO is * or the origin", Level.MUST,
                        "https://fetch.spec.whatwg.org/#concept-cors-check")
                .scenario("s", "GET from https://app.localhost").engine(Engine.CHROMIUM).verdict(verdict)
                .reason(verdict.requiresReason() ? "chromium could not start: no such file" : "")
                .expectedActual("https://app.localhost", "https://app.localhost/").evidence(Evidence.NONE).build();
    }

    static Stream<Arguments> outcomes() {
        return Stream.of(
                Arguments.of("pass passes", Verdict.PASS, false, false, TestOutcome.Passed.class, ""),
                Arguments.of("warn passes", Verdict.WARN, false, false, TestOutcome.Passed.class, ""),
                Arguments.of("info passes", Verdict.INFO, false, false, TestOutcome.Passed.class, ""),
                Arguments.of("skipped is skipped with its reason", Verdict.SKIPPED, false, false,
                        TestOutcome.Skipped.class, "chromium could not start"),
                Arguments.of("error aborts, never fails", Verdict.ERROR, false, false, TestOutcome.Aborted.class,
                        "not graded: chromium could not start"),
                Arguments.of("new failure fails", Verdict.FAIL, false, false, TestOutcome.Failed.class,
                        "cors-check.acao-exact: ACAO is * or the origin"),
                Arguments.of("known failure aborts", Verdict.FAIL, true, false, TestOutcome.Aborted.class,
                        "known failure (baseline line 7): proxy rewrites it"),
                Arguments.of("recorded failure aborts", Verdict.FAIL, false, true, TestOutcome.Aborted.class,
                        "recorded in the baseline (cors.tck.baseline.update=true)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outcomes")
    void verdictAndBaselineDecideTheTestResult(String name, Verdict verdict, boolean known, boolean recorded,
            Class<?> type, String text) {
        TestOutcome outcome = TestOutcome.of(new GradedFinding(finding(verdict),
                known ? Optional.of(KNOWN) : Optional.empty(), recorded));

        assertThat(outcome).isInstanceOf(type);
        assertThat(outcome.toString()).contains(text);
    }

    @Test
    void failureCarriesExpectedActualAndTheFetchAnchor() {
        TestOutcome outcome = TestOutcome.of(new GradedFinding(finding(Verdict.FAIL), Optional.empty(), false));

        assertThatThrownBy(outcome::raise).isInstanceOfSatisfying(AssertionFailedError.class, e -> {
            assertThat(e.getExpected().getStringRepresentation()).isEqualTo("https://app.localhost");
            assertThat(e.getActual().getStringRepresentation()).isEqualTo("https://app.localhost/");
            assertThat(e.getMessage()).isEqualTo("""
                    cors-check.acao-exact: ACAO is * or the origin
                      Scenario: s @ chromium (GET from https://app.localhost)
                      Expected: https://app.localhost
                      Actual:   https://app.localhost/
                      See fetch#concept-cors-check (step 4): https://fetch.spec.whatwg.org/#concept-cors-check""");
        });
    }

    @Test
    void errorRaisesAnAbortNotAFailure() {
        TestOutcome outcome = TestOutcome.of(new GradedFinding(finding(Verdict.ERROR), Optional.empty(), false));

        assertThatThrownBy(outcome::raise).isExactlyInstanceOf(TestAbortedException.class);
    }
}
