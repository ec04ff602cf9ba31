package dev.corstck.tck.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exit code of {@code certify}: 0 all as expected, 1 a decided verdict differs (it wins), 3 inconclusive. */
class CertificationRunTests {

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("all as expected", List.of(row("conformant", "conformant", "conformant")), 0),
                Arguments.of("one engine differs", List.of(row("conformant", "conformant", "non-conformant")), 1),
                Arguments.of("warnings where none are expected",
                        List.of(row("conformant", "conformant-with-warnings", "conformant")), 1),
                Arguments.of("one engine inconclusive", List.of(row("non-conformant", "non-conformant",
                        "inconclusive")), 3),
                Arguments.of("a difference wins over an inconclusive row", List.of(
                        row("conformant", "inconclusive", "inconclusive"),
                        row("non-conformant", "conformant", "non-conformant")), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void theExitCodeSaysWhetherEveryVerdictWasTheExpectedOne(String name, List<CertifiedConfiguration> rows,
            int exit) {
        CertificationRun run = new CertificationRun(document(rows), Duration.ofSeconds(1));

        assertThat(run.exitCode()).as(name).isEqualTo(exit);
    }

    /** A row expecting {@code expected}, with chromium and firefox verdicts. */
    static CertifiedConfiguration row(String expected, String chromium, String firefox) {
        MatrixVerdict expect = MatrixVerdict.find(expected).orElseThrow();
        Map<String, EngineResult> engines = new LinkedHashMap<>();
        engines.put("chromium", result(chromium));
        engines.put("firefox", result(firefox));
        boolean matched = engines.values().stream().allMatch(e -> e.verdict() == expect);
        return new CertifiedConfiguration("app/" + expected, "app", expected, "App: " + expected, Ecosystem.NODE,
                "app 1.0", "https://example.com", expect, matched, engines, "app/" + expected + "/index.html", 1.5,
                "2026-12-02T10:00:00Z", List.of(), List.of(), List.of());
    }

    static CertificationDocument document(List<CertifiedConfiguration> rows) {
        return new CertificationDocument(CertificationDocument.SCHEMA_VERSION, "cors-tck test",
                "2026-12-02T10:00:00Z", "./cors-tck certify", List.of("chromium", "firefox"), rows);
    }

    private static EngineResult result(String verdict) {
        return new EngineResult(MatrixVerdict.find(verdict).orElseThrow(), verdict.equals("non-conformant") ? 2 : 0,
                0, 100, new Agreement(40, 40));
    }
}
