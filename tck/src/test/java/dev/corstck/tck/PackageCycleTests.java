package dev.corstck.tck;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit's main code has no package cycles: between its seams (the packages under {@code dev.corstck.tck}, each
 * with its subpackages, spread over the modules nested in {@code tck/}) and between the top-level parts
 * ({@code reference}, {@code harness}, {@code reports}, {@code tck}). This module's test classpath holds every one.
 */
class PackageCycleTests {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        // Main code only: test classes and the lower modules' test fixtures (test-jars) may lean on anything.
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.corstck");
        // A rule over too few classes proves nothing: every module must be on the classpath and imported.
        assertThat(Stream.of("dev.corstck.tck.simulator.Simulator", "dev.corstck.tck.probe.WireProber",
                "dev.corstck.tck.grading.Grader", "dev.corstck.tck.explain.Explanations",
                "dev.corstck.tck.engine.CorsConformanceEngine", "dev.corstck.tck.cli.Main",
                "dev.corstck.harness.BrowserHarness", "dev.corstck.reports.model.Report",
                "dev.corstck.fetch.http.HeaderList"))
                .allMatch(main::contain);
    }

    @Test
    void theKitsSeamsHaveNoCycles() {
        slices().matching("dev.corstck.tck.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void theTopLevelPartsHaveNoCycles() {
        slices().matching("dev.corstck.(*)..").should().beFreeOfCycles().check(main);
    }
}
