package dev.corstck.tck.engine.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.reports.model.Engine;
import dev.corstck.reports.model.Evidence;
import dev.corstck.reports.model.Finding;
import dev.corstck.reports.model.Level;
import dev.corstck.reports.model.Verdict;
import dev.corstck.tck.engine.discovery.RuleIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BaselineFileTests {

    private static BaselineFile.Loaded parse(String text) {
        return BaselineFile.parse(text, "b.txt", RuleIds::unknown);
    }

    static Finding finding(String rule, String scenario, Engine engine, Verdict verdict) {
        return Finding.builder().rule(rule, "title", Level.MUST, "https://fetch.spec.whatwg.org/#x")
                .scenario(scenario, "").engine(engine).verdict(verdict)
                .reason(verdict.requiresReason() ? "why" : "").expectedActual("e", "a #1\nsecond line")
                .evidence(Evidence.NONE).build();
    }

    @Test
    void readsEntriesWithReasonsNotesAndLines() {
        BaselineFile.Loaded loaded = parse("""
                # header

                # Jetty answers 404s without CORS headers
                cors-check.acao-single  api.allowed.x.get.omit  CHROMIUM  # proxy adds a second ACAO
                preflight.status-ok * *
                """);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.baseline().entries()).containsExactly(
                new BaselineEntry("cors-check.acao-single", "api.allowed.x.get.omit", "chromium",
                        "proxy adds a second ACAO", List.of("# Jetty answers 404s without CORS headers"), 4),
                new BaselineEntry("preflight.status-ok", "*", "*", "", List.of(), 5));
    }

    static Stream<Arguments> badLines() {
        return Stream.of(
                Arguments.of("two fields", "cors-check.acao-single x\n", "b.txt:1:1: expected '<rule-id> <scenario-id> "
                        + "<engine>  # why', found 2 field(s)", true),
                Arguments.of("glob rule", "  cors-check.* x wire\n", "b.txt:1:3: 'cors-check.*' is not a rule ID", true),
                Arguments.of("bad engine", "cors-check.acao-single x gecko\n", "b.txt:1:1: unknown engine 'gecko'",
                        true),
                Arguments.of("bad scenario", "\ncors-check.acao-single a/b wire\n", "b.txt:2:1: 'a/b' is not a scenario ID",
                        true),
                Arguments.of("unknown rule", "cors-check.acao-exakt x wire\n", "b.txt:1:1: unknown rule ID "
                        + "'cors-check.acao-exakt': did you mean 'cors-check.acao-exact'?", false),
                Arguments.of("duplicate", "cors-check.acao-single x wire\ncors-check.acao-single x wire #again\n",
                        "b.txt:2:1: duplicate baseline entry", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void reportsEachBadLineWithItsPosition(String name, String text, String message, boolean error) {
        BaselineFile.Loaded loaded = parse(text);

        assertThat(loaded.problems()).hasSize(1);
        assertThat(loaded.problems().get(0).toString()).startsWith(message);
        assertThat(loaded.problems().get(0).error()).isEqualTo(error);
        assertThat(loaded.hasErrors()).isEqualTo(error);
    }

    @Test
    void missingFileIsAnErrorUnlessItIsAboutToBeWritten(@TempDir Path dir) {
        Path file = dir.resolve("cors-baseline.txt");

        assertThat(BaselineFile.read(file, false, RuleIds::unknown).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("does not exist")
                        .contains("-Dcors.tck.baseline.update=true"));
        assertThat(BaselineFile.read(file, true, RuleIds::unknown).problems()).isEmpty();
    }

    @Test
    void comparisonTellsKnownFromFixedAndUpdateKeepsNotesAndAddsNewFailures(@TempDir Path dir) throws IOException {
        Baseline baseline = parse("""
                # still broken
                cors-check.acao-single s1 wire  # proxy
                preflight.status-ok s2 *  # fixed since
                expose.syntax s3 chromium  # not graded this time
                """).baseline();
        List<Finding> findings = List.of(
                finding("cors-check.acao-single", "s1", Engine.WIRE, Verdict.FAIL),
                finding("preflight.status-ok", "s2", Engine.WIRE, Verdict.PASS),
                finding("preflight.status-ok", "s2", Engine.CHROMIUM, Verdict.PASS),
                finding("cors-check.acao-present", "s4", Engine.SIMULATOR, Verdict.FAIL));

        BaselineComparison comparison = new BaselineComparison(baseline, findings);

        assertThat(comparison.isKnown(findings.get(0))).isTrue();
        assertThat(comparison.isKnown(findings.get(3))).isFalse();
        assertThat(comparison.fixed()).extracting(BaselineEntry::ruleId).containsExactly("preflight.status-ok");
        Path file = dir.resolve("b.txt");
        BaselineFile.write(file, comparison.updated(false));
        assertThat(Files.readString(file)).startsWith(BaselineFile.HEADER.get(0)).contains("""

                cors-check.acao-present  s4  simulator  # recorded\s""").contains("""

                # still broken
                cors-check.acao-single  s1  wire  # proxy
                """).doesNotContain("preflight.status-ok").doesNotContain("expose.syntax");
        assertThat(comparison.updated(true)).extracting(BaselineEntry::ruleId).contains("expose.syntax");
        BaselineFile.Loaded reread = BaselineFile.read(file, false, RuleIds::unknown);
        assertThat(reread.problems()).isEmpty();
        assertThat(reread.baseline().entries()).hasSize(2)
                .allSatisfy(e -> assertThat(e.reason()).doesNotContain("\n"));
    }
}
