package dev.corstck.tck.cli;

import dev.corstck.harness.HarnessOptions.BrowserPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --browser-path ENGINE=PATH}: where a browser or driver is, for this run. It sets the system property the
 * harness reads ({@code cors.tck.browser.<key>}, ahead of the {@code CORS_TCK_<KEY>} environment variable and the
 * Debian default), so every harness the command starts sees it; the CLI runs one command per JVM.
 */
final class BrowserPathOption {

    private BrowserPathOption() {
    }

    /** Apply {@code paths}; an unknown key or a path that is not an executable file is a usage error. */
    static void apply(Map<String, Path> paths) {
        paths.forEach((key, path) -> {
            String k = key.strip().toLowerCase(Locale.ROOT);
            if (!BrowserPaths.KEYS.contains(k)) {
                throw new IllegalArgumentException("--browser-path: unknown key '" + key + "'; valid keys: "
                        + String.join(", ", BrowserPaths.KEYS));
            }
            if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
                throw new IllegalArgumentException("--browser-path " + k + ": not an executable file: " + path);
            }
            System.setProperty("cors.tck.browser." + k, path.toAbsolutePath().toString());
        });
    }
}
