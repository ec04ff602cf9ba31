package dev.corstck.tck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code cors-tck} in a JVM of its own, as the launcher runs it (so signals, the process's start and its exit code are
 * real): {@code java -cp <test classpath> dev.corstck.tck.cli.Main ARGS}, output to files.
 */
final class KitProcess {

    final Process process;
    final Path out;
    final Path err;
    final long startNanos = System.nanoTime();

    private KitProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Start the CLI with {@code jvmOptions} then {@code args}; {@code ownGroup} puts it in a session of its own. */
    static KitProcess start(Path logs, boolean ownGroup, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (ownGroup) {
            command.add("setsid");
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("dev.corstck.tck.cli.Main");
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "kit", ".out");
        Path err = Files.createTempFile(logs, "kit", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        return new KitProcess(p, out, err);
    }

    /** Send {@code signal} (e.g. "TERM") to the process, or to its whole process group. */
    void signal(String signal, boolean group) throws IOException, InterruptedException {
        String target = group ? "-" + process.pid() : Long.toString(process.pid());
        Process kill = new ProcessBuilder("kill", "-s", signal, "--", target).inheritIO().start();
        kill.waitFor(10, TimeUnit.SECONDS);
    }

    /** Wait for the exit; return the exit code, or -1 (after killing it) when it takes longer than {@code seconds}. */
    int await(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    String stderr() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    String stdout() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Answer whether this JVM ignores {@code SIGINT} (a background job's inheritance), which its children inherit. */
    static boolean sigintIgnored() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    return (Long.parseLong(line.substring(7).strip(), 16) & 0b10) != 0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }
}
