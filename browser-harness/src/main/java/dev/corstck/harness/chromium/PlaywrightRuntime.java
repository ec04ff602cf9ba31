package dev.corstck.harness.chromium;

import com.google.gson.JsonParser;
import com.microsoft.playwright.Playwright;
import dev.corstck.harness.engine.EngineException;
import dev.corstck.harness.process.ProcessRegistry;
import dev.corstck.harness.process.WorkDirs;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * Create Playwright instances fast: the Node driver (a 126 MB {@code node} plus the {@code package/} scripts) is
 * unpacked once into {@code ${java.io.tmpdir}/cors-tck-cache/playwright-driver-<version>} and reused through
 * {@code -Dplaywright.cli.dir}, instead of Playwright's default of unpacking it into a fresh temporary directory on
 * every {@code Playwright.create()}. The cache lives outside any harness work directory, so deleting one never
 * breaks another harness in the same JVM; a {@code playwright.cli.dir} the user set is left alone.
 */
final class PlaywrightRuntime {

    private static final String PACKAGE = "driver/package/";

    private PlaywrightRuntime() {}

    /** A Playwright instance and the PID of its Node driver process. */
    record Instance(Playwright playwright, List<Long> driverPids) {}

    private static final Path CACHE = Path.of(System.getProperty("java.io.tmpdir"), "cors-tck-cache");
    private static boolean propertyIsOurs;

    /** Create Playwright with downloads off, from the cached driver (unpacked first if missing). */
    static synchronized Instance create() throws EngineException {
        if (System.getProperty("playwright.cli.dir") == null || propertyIsOurs) {
            Optional<Path> dir = unpackedDriver(CACHE);
            dir.ifPresentOrElse(d -> System.setProperty("playwright.cli.dir", d.toString()),
                    () -> System.clearProperty("playwright.cli.dir"));
            propertyIsOurs = dir.isPresent();
        }
        Set<Long> before = children();
        Map<String, String> env = new java.util.HashMap<>(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        ownSessionNode().ifPresent(node -> env.put("PLAYWRIGHT_NODEJS_PATH", node.toString()));
        try {
            Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(env));
            List<Long> started = children().stream().filter(pid -> !before.contains(pid)).toList();
            started.forEach(ProcessRegistry::register);
            return new Instance(pw, started);
        } catch (RuntimeException e) {
            throw new EngineException("Playwright did not start: " + e.getMessage(), e);
        }
    }

    /**
     * A launcher for the driver's {@code node} in a session of its own ({@code setsid}): a signal to the kit's process
     * group (Ctrl-C, {@code kill -TERM -PGID}) then reaches the JVM only, which stops in order and closes the driver;
     * the driver is never killed mid-write. Its standard error goes to {@code driver-stderr.log} beside it (or
     * {@code $CORS_TCK_DRIVER_STDERR}; emptied past 1 MiB), so a driver that outlives the JVM by a moment (writing to a
     * closed pipe: Node's EPIPE stack trace) never prints on the user's terminal; Playwright reports a driver that
     * fails through its own exceptions. The driver still ends when the JVM does: its stdin closes. Empty (Playwright's
     * own launch) where the cached driver or {@code setsid} is missing, or {@code PLAYWRIGHT_NODEJS_PATH} is set.
     */
    private static Optional<Path> ownSessionNode() {
        String dir = System.getProperty("playwright.cli.dir");
        if (dir == null || System.getenv("PLAYWRIGHT_NODEJS_PATH") != null || !Files.isExecutable(Path.of("/usr/bin/setsid"))
                && !Files.isExecutable(Path.of("/bin/setsid"))) {
            return Optional.empty();
        }
        Path node = Path.of(dir, "node");
        Path launcher = Path.of(dir, "node-own-session-v2");
        try {
            if (!Files.isExecutable(launcher) && Files.isExecutable(node)) {
                Path temp = Files.createTempFile(Path.of(dir), ".node-own-session", ".tmp");
                Files.writeString(temp, "#!/bin/sh\n# cors-tck: the Playwright driver in a session of its own, its"
                        + " stderr in driver-stderr.log (see PlaywrightRuntime)\ndir=\"$(dirname \"$0\")\"\n"
                        + "log=\"${CORS_TCK_DRIVER_STDERR:-$dir/driver-stderr.log}\"\n"
                        + "[ -f \"$log\" ] && [ \"$(wc -c <\"$log\")\" -gt 1048576 ] && : >\"$log\"\n"
                        + "exec setsid \"$dir/node\" \"$@\" 2>>\"$log\"\n");
                temp.toFile().setExecutable(true, false);
                temp.toFile().setReadable(true, false);
                Files.move(temp, launcher, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.isExecutable(launcher) ? Optional.of(launcher) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Set<Long> children() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
    }

    private static Optional<Path> unpackedDriver(Path cacheRoot) {
        try {
            URL packageJson = Playwright.class.getClassLoader().getResource(PACKAGE + "package.json");
            URL node = Playwright.class.getClassLoader().getResource("driver/" + platform() + "/node");
            if (packageJson == null || node == null || !packageJson.getProtocol().equals("jar")) {
                return Optional.empty();
            }
            Path dir = cacheRoot.resolve("playwright-driver-" + version(packageJson));
            if (!Files.isRegularFile(dir.resolve(".complete"))) {
                unpack(packageJson, node, dir);
            }
            return Optional.of(dir);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // Fall back to Playwright's own unpacking.
        }
    }

    private static String platform() {
        return System.getProperty("os.arch").contains("aarch64") ? "linux-arm64" : "linux";
    }

    private static String version(URL packageJson) throws IOException {
        try (InputStream in = packageJson.openStream()) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return JsonParser.parseString(json).getAsJsonObject().get("version").getAsString();
        }
    }

    private static void unpack(URL packageJson, URL node, Path dir) throws IOException {
        Path partial = WorkDirs.fresh(dir.toAbsolutePath().getParent(), "unpacking");
        try (JarFile jar = ((JarURLConnection) packageJson.openConnection()).getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.getName().startsWith(PACKAGE) && !e.isDirectory()) {
                    Path target = partial.resolve("package").resolve(e.getName().substring(PACKAGE.length()));
                    Files.createDirectories(target.getParent());
                    try (InputStream in = jar.getInputStream(e)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        try (InputStream in = node.openStream()) {
            Files.copy(in, partial.resolve("node"), StandardCopyOption.REPLACE_EXISTING);
        }
        partial.resolve("node").toFile().setExecutable(true);
        Files.writeString(partial.resolve(".complete"), "ok");
        if (Files.exists(dir) && !Files.exists(dir.resolve(".complete"))) {
            WorkDirs.deleteQuietly(dir); // a half-unpacked leftover of an interrupted run
        }
        try {
            Files.move(partial, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            WorkDirs.deleteQuietly(partial);
            if (!Files.isRegularFile(dir.resolve(".complete"))) { // another JVM did not win the race either
                throw e;
            }
        }
    }
}
