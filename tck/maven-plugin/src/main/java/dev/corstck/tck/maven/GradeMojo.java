package dev.corstck.tck.maven;

import dev.corstck.tck.cli.ExitCode;
import dev.corstck.tck.cli.Main;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * Grade a target's CORS as a build step: {@code cors-tck grade} run in the build's JVM (the CLI's own code path,
 * {@link Main#runEmbedded}), its summary in the build log and its report in {@link #reportDirectory}. The verdict is
 * the command's exit code: 1 (a FAIL; with {@link #baseline}, a FAIL the baseline does not hold) fails the build, 2
 * (a usage or configuration error) and 3 (the kit could not decide) are build errors.
 *
 * @since 0.1
 */
@Mojo(name = "grade", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = false)
public final class GradeMojo extends AbstractMojo {

    /** The target's base URL ({@code grade --target}). */
    @Parameter(property = "cors.tck.target", required = true)
    private String target;

    /** The policy file ({@code grade --policy}); without it only the Fetch invariants and the security posture. */
    @Parameter(property = "cors.tck.policy")
    private @Nullable File policy;

    /** Browsers that confirm verdicts: chromium, firefox, webkit, comma-separated, or none ({@code --browsers}). */
    @Parameter(property = "cors.tck.browsers", defaultValue = "chromium")
    private String browsers;

    /**
     * An earlier {@code report.json} (or its directory): only FAILs it does not hold fail the build. Its property is
     * not {@code cors.tck.baseline}: Surefire hands user properties to the tests, where that one is the JUnit engine's
     * baseline file, of another format.
     */
    @Parameter(property = "cors.tck.baselineReport")
    private @Nullable File baseline;

    /** SHOULD rules fail instead of warning ({@code --strict}). */
    @Parameter(property = "cors.tck.strict", defaultValue = "false")
    private boolean strict;

    /** Where the report goes: report.json, index.html, junit.xml, report.sarif ({@code --report}). */
    @Parameter(property = "cors.tck.reportDirectory", defaultValue = "${project.build.directory}/cors-tck")
    private File reportDirectory;

    /** Only rules whose ID matches, e.g. {@code preflight.*} ({@code --rules}); a glob matching none is exit 2. */
    @Parameter(property = "cors.tck.rules")
    private @Nullable String rules;

    /** Longest one request may take, e.g. 500ms, 5s ({@code --timeout}; the kit's default when unset). */
    @Parameter(property = "cors.tck.timeout")
    private @Nullable String timeout;

    /** Skip the grading. */
    @Parameter(property = "cors.tck.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("cors-tck: grading skipped (cors.tck.skip)");
            return;
        }
        List<String> args = arguments();
        getLog().info("cors-tck " + String.join(" ", args));
        LogLines info = new LogLines(getLog()::info);
        LogLines warnings = new LogLines(getLog()::warn);
        int exit;
        try (PrintStream out = new PrintStream(info, true, StandardCharsets.UTF_8);
                PrintStream err = new PrintStream(warnings, true, StandardCharsets.UTF_8)) {
            exit = Main.runEmbedded(out, err, args.toArray(String[]::new));
        }
        String said = String.join("\n", warnings.lines());
        String report = new File(reportDirectory, "index.html").getAbsolutePath();
        if (exit == ExitCode.NON_CONFORMANT.code()) {
            throw new MojoFailureException("cors-tck: " + target + " is not conformant (exit 1): see the summary above"
                    + (baseline == null ? "" : " and the failures new since the baseline") + "; report: " + report);
        }
        if (exit == ExitCode.USAGE.code()) {
            throw new MojoExecutionException("cors-tck: usage or configuration error (exit 2): "
                    + (said.isEmpty() ? "see the log above" : said));
        }
        if (exit == ExitCode.KIT_ERROR.code()) {
            throw new MojoExecutionException("cors-tck could not decide whether " + target + " is conformant (exit 3:"
                    + " an unreachable target, a browser that could not run, a run cut short, ...): see the summary"
                    + " above and " + report + (said.isEmpty() ? "" : "\n" + said));
        }
        if (exit != ExitCode.CONFORMANT.code()) {
            throw new MojoExecutionException("cors-tck grade ended with an unknown exit code " + exit);
        }
    }

    /** The {@code grade} command line for these parameters: each one set is its option, as the README's table says. */
    private List<String> arguments() {
        List<String> args = new ArrayList<>(List.of("grade", "--target", target, "--browsers", browsers, "--report",
                reportDirectory.getAbsolutePath()));
        if (policy != null) {
            args.addAll(List.of("--policy", policy.getAbsolutePath()));
        }
        if (baseline != null) {
            args.addAll(List.of("--baseline", baseline.getAbsolutePath()));
        }
        if (strict) {
            args.add("--strict");
        }
        if (rules != null) {
            args.addAll(List.of("--rules", rules));
        }
        if (timeout != null) {
            args.addAll(List.of("--timeout", timeout));
        }
        return args;
    }
}
