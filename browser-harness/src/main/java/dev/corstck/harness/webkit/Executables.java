package dev.corstck.harness.webkit;

import dev.corstck.harness.engine.EngineException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/** Finds the helper programs WebKit needs ({@code Xvfb}, {@code WebKitWebDriver}) on the {@code PATH}. */
final class Executables {

    private Executables() {}

    /** Return the first executable named {@code name} on the {@code PATH}, or fail with what to install. */
    static Path find(String name, String debianPackage) throws EngineException {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        return Arrays.stream(path.split(File.pathSeparator)).filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, name)).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new EngineException(name + " is not on the PATH (" + path
                        + "); install the Debian package " + debianPackage));
    }

    /** Return {@code binary} when it is executable, or fail naming it. */
    static Path require(Path binary, String what) throws EngineException {
        if (!Files.isExecutable(binary)) {
            throw new EngineException(what + " not found or not executable at " + binary);
        }
        return binary;
    }
}
