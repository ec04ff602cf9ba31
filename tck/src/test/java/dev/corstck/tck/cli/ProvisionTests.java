package dev.corstck.tck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code tools/provision} says exactly what it would install (packages and the apt-get command) before it does;
 * {@code --dry-run} prints that plan and installs nothing, so it can be checked here even as root.
 */
class ProvisionTests {

    private static final Path SCRIPT = Path.of("..", "tools", "provision");

    @Test
    void dryRunNamesTheMissingPackagesAndTheExactAptGetCommand() throws Exception {
        Result r = provision(Map.of("CORS_TCK_CHROMIUM", "/nonexistent/chromium", "CORS_TCK_CHROMEDRIVER",
                "/bin/true"), "--dry-run", "chromium");

        assertThat(r.exit()).isEqualTo(2);
        // CORS_TCK_CHROMIUM stands for the default Chromium, the headless shell's package.
        assertThat(r.err()).contains("cors-tck: missing Debian packages: chromium-headless-shell\n",
                "would run: apt-get update -qq && apt-get install -y -qq --no-install-recommends "
                        + "chromium-headless-shell\n");
    }

    @Test
    void nothingMissingIsSilentAndExitsZero() throws Exception {
        Result r = provision(Map.of("CORS_TCK_CHROMIUM", "/bin/true", "CORS_TCK_CHROMEDRIVER", "/bin/true"),
                "--dry-run", "chromium");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
    }

    private record Result(int exit, String err) {
    }

    private static Result provision(Map<String, String> env, String... args) throws Exception {
        var command = new java.util.ArrayList<>(java.util.List.of("bash", SCRIPT.toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        Process p = builder.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), err);
    }
}
