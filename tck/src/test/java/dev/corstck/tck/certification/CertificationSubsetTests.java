package dev.corstck.tck.certification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corstck.fetch.engine.BrowserEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Certify a representative subset of the matrix in real Chromium, Firefox and WebKit, through one shared harness as
 * {@code ./cors-tck certify} does: every verdict is the one its folder expects, and the simulator agrees with each
 * browser on every scenario. The implementations must be built beforehand, with network ({@code ./run-tests} runs
 * {@code tools/provision-certification} for this list): the test JVM has loopback only. A missing browser fails.
 */
class CertificationSubsetTests {

    /**
     * The CI subset: at least one configuration per ecosystem, each verdict kind. Keep in step with the
     * {@code tools/provision-certification} line of {@code run-tests} (checked below).
     */
    static final List<String> CI_SUBSET = List.of(
            // one per ecosystem, each verdict kind
            "jetty/documented", "express-cors/documented", "express-cors/default", "flask-cors/documented",
            "go-rs-cors/documented", "nginx/documented", "nginx/default",
            // the seed guide's production example (conformant) and each of its mistakes, named by its rule
            "express-seed/production", "express-seed/mistake-wildcard-with-credentials",
            "express-seed/mistake-cors-after-routes", "express-seed/mistake-authorization-not-allowed",
            "express-seed/mistake-callback-without-no-origin-guard", "express-seed/mistake-localhost-not-127",
            // the true-verdict defect classes on real servers: a route refusing what its clients never call
            // (koa 405), per-route CORS whose preflights miss the route's options (fastify), Vary on the
            // answer without Origin (Javalin)
            "koa-cors/per-route", "fastify-cors/per-route", "javalin/documented",
            // an opt-in covers exactly what it names: reflect-any with credentials under a public "*" policy
            "koa-cors/public-with-credentials");

    static final List<BrowserEngine> ENGINES = List.of(BrowserEngine.CHROMIUM, BrowserEngine.FIREFOX,
            BrowserEngine.WEBKIT);

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void theSubsetGetsItsExpectedVerdictsInEveryBrowserWithFullAgreement(@TempDir Path report) throws Exception {
        Path dir = RepositoryCertification.dir();
        Implementations.Loaded loaded = Implementations.load(dir, CI_SUBSET);
        assertThat(loaded).as(() -> loaded instanceof Implementations.Loaded.Invalid i ? String.join("\n",
                i.messages()) : "").isInstanceOf(Implementations.Loaded.Valid.class);
        List<Implementation> implementations = ((Implementations.Loaded.Valid) loaded).implementations();

        CertificationRun run = Certifier.of(CertifyOptions.of(dir, report, ENGINES, List.of(
                "CertificationSubsetTests")), System.out).certify(implementations);

        List<CertifiedConfiguration> rows = run.document().implementations();
        assertThat(rows).extracting(CertifiedConfiguration::name).containsExactlyInAnyOrderElementsOf(CI_SUBSET);
        SoftAssertions soft = new SoftAssertions();
        for (CertifiedConfiguration row : rows) {
            soft.assertThat(row.problems()).as(row.name() + " could be graded").isEmpty();
            // Every FAIL and WARN is a real behaviour its folder explains, and every explained one is found.
            soft.assertThat(row.unexplained()).as(row.name() + ": findings its implementation.yaml does not explain")
                    .isEmpty();
            soft.assertThat(row.missed()).as(row.name() + ": explained defects the kit did not find").isEmpty();
            row.engines().forEach((engine, result) -> {
                soft.assertThat(result.verdict()).as(row.name() + " in " + engine + " (report "
                        + report.resolve(row.report()) + ")").isEqualTo(row.expected());
                soft.assertThat(result.agreement().scenarios()).as(row.name() + ": scenarios " + engine + " ran")
                        .isPositive();
                soft.assertThat(result.agreement().agreed()).as(row.name() + ": simulator agrees with " + engine)
                        .isEqualTo(result.agreement().scenarios());
            });
        }
        soft.assertAll();
    }

    @Test
    void runTestsProvisionsEveryFolderOfTheSubset() throws IOException {
        Path runTests = RepositoryCertification.root().resolve("run-tests");
        String line = Files.readAllLines(runTests).stream().filter(l -> l.contains("tools/provision-certification"))
                .findFirst().orElse("");

        assertThat(CI_SUBSET).allSatisfy(name -> assertThat(line).as("run-tests provisions " + name)
                .containsPattern("[ /]" + java.util.regex.Pattern.quote(name.split("/")[0]) + "( |$)"));
    }
}
