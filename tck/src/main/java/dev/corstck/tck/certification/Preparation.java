package dev.corstck.tck.certification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Get an implementation ready to start: the environment its commands run with (a JDK at least its {@code jdk} for
 * the JVM ones, as {@code JAVA_HOME} and first on {@code PATH}), and its {@code build} run when the stamp is stale
 * ({@link BuildStamp}), output to {@code build.log}.
 *
 * @param env      the environment changes for its {@code build} and {@code start}
 * @param problems why it cannot start (no suitable JDK, a failed build); empty when it can
 * @param built    whether the build ran now
 */
record Preparation(Map<String, String> env, List<String> problems, boolean built) {

    Preparation {
        env = Map.copyOf(env);
        problems = List.copyOf(problems);
    }

    /** Prepare {@code implementation}, logging a build to {@code log}. */
    static Preparation of(Implementation implementation, Path jvmDir, Path log, Duration buildTimeout)
            throws InterruptedException {
        Map<String, String> env = new LinkedHashMap<>();
        if (implementation.jdk().isPresent()) {
            int feature = implementation.jdk().getAsInt();
            Optional<Jdks.Jdk> jdk = Jdks.atLeast(feature, jvmDir);
            if (jdk.isEmpty()) {
                return new Preparation(env, List.of("needs a JDK " + feature + " or later; none under " + jvmDir
                        + " (found: " + Jdks.all(jvmDir).stream().map(j -> j.home() + " = " + j.feature()).toList()
                        + ")"), false);
            }
            env.put("JAVA_HOME", jdk.get().home().toString());
            env.put("PATH", jdk.get().home().resolve("bin") + java.io.File.pathSeparator + System.getenv()
                    .getOrDefault("PATH", "/usr/bin:/bin"));
        }
        Optional<String> build = implementation.build();
        if (build.isEmpty() || !BuildStamp.isStale(implementation.folder(), build.get())) {
            return new Preparation(env, List.of(), false);
        }
        return new Preparation(env, build(implementation.folder(), build.get(), env, log, buildTimeout), true);
    }

    private static List<String> build(Path folder, String command, Map<String, String> env, Path log,
            Duration timeout) throws InterruptedException {
        try (ProcessTree build = ProcessTree.start(command, folder, env, log)) {
            Optional<Integer> exit = build.waitFor(timeout);
            if (exit.isEmpty()) {
                return List.of("build '" + command + "' did not finish within " + timeout.toMinutes() + " min; see "
                        + log + lastLines(log));
            }
            if (exit.get() != 0) {
                return List.of("build '" + command + "' failed (exit code " + exit.get() + "; inside the loopback-only"
                        + " namespace it has no network: run tools/provision-certification first); see " + log
                        + lastLines(log));
            }
            BuildStamp.write(folder, command);
            return List.of();
        } catch (IOException e) {
            return List.of("build '" + command + "' could not run: " + e.getMessage());
        }
    }

    /** The last lines of a log, indented, or nothing when it is empty or unreadable. */
    static String lastLines(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - 15), lines.size());
            return tail.isEmpty() ? "" : ":\n    " + String.join("\n    ", tail);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
