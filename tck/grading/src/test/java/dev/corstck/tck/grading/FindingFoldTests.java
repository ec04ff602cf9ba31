package dev.corstck.tck.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Verdict;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A rule checked on several responses of one scenario is one finding: the worst verdict, with its actual text. */
class FindingFoldTests {

    private static Finding finding(String scenario, Engine engine, Verdict verdict, String actual) {
        return Finding.builder().rule("cors-check.acao-exact", "ACAO is * or the origin", Level.MUST,
                        "https://fetch.spec.whatwg.org/#concept-cors-check")
                .scenario(scenario, "PUT from https://app.localhost").engine(engine).verdict(verdict)
                .reason(verdict.requiresReason() ? "refused" : "")
                .expectedActual("'*' or the serialized origin", actual).evidence(Evidence.NONE).build();
    }

    private static final String PREFLIGHT = "preflight response: Access-Control-Allow-Origin: https://app.localhost";
    private static final String ACTUAL = "actual response: Access-Control-Allow-Origin: https://app.localhost/";

    static Stream<Arguments> folds() {
        return Stream.of(
                Arguments.of("both pass: one PASS naming both responses", Verdict.PASS, Verdict.PASS, Verdict.PASS,
                        PREFLIGHT + "; " + ACTUAL),
                Arguments.of("actual fails: FAIL with the failing response only", Verdict.PASS, Verdict.FAIL,
                        Verdict.FAIL, ACTUAL),
                Arguments.of("preflight fails: FAIL with the failing response only", Verdict.FAIL, Verdict.PASS,
                        Verdict.FAIL, PREFLIGHT),
                Arguments.of("both fail: FAIL naming both responses", Verdict.FAIL, Verdict.FAIL, Verdict.FAIL,
                        PREFLIGHT + "; " + ACTUAL),
                Arguments.of("FAIL outranks ERROR", Verdict.ERROR, Verdict.FAIL, Verdict.FAIL, ACTUAL),
                Arguments.of("WARN outranks PASS", Verdict.WARN, Verdict.PASS, Verdict.WARN, PREFLIGHT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folds")
    void findingsOfOneKeyFoldIntoTheWorst(String name, Verdict onPreflight, Verdict onActual, Verdict folded,
            String actual) {
        List<Finding> out = FindingFold.byKey(List.of(finding("s", Engine.WIRE, onPreflight, PREFLIGHT),
                finding("s", Engine.WIRE, onActual, ACTUAL)));

        assertThat(out).singleElement().satisfies(f -> {
            assertThat(f.verdict()).isEqualTo(folded);
            assertThat(f.actual()).isEqualTo(actual);
            assertThat(f.expected()).isEqualTo("'*' or the serialized origin");
            assertThat(f.key()).isEqualTo("cors-check.acao-exact|s|wire");
        });
    }

    @Test
    void findingsOfOtherScenariosOrEnginesStaySeparateAndInOrder() {
        List<Finding> in = List.of(finding("a", Engine.WIRE, Verdict.PASS, PREFLIGHT),
                finding("b", Engine.WIRE, Verdict.FAIL, ACTUAL), finding("a", Engine.CHROMIUM, Verdict.PASS, ACTUAL),
                finding("a", Engine.WIRE, Verdict.PASS, ACTUAL));

        assertThat(FindingFold.byKey(in)).extracting(Finding::key).containsExactly("cors-check.acao-exact|a|wire",
                "cors-check.acao-exact|b|wire", "cors-check.acao-exact|a|chromium");
    }
}
