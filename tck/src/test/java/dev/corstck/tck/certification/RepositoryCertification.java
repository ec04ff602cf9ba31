package dev.corstck.tck.certification;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's {@code certification/} folder is, for the tests that read the real matrix. */
final class RepositoryCertification {

    /** Point the tests at another certification folder (e.g. a checkout with more implementations). */
    static final String PROPERTY = "cors.tck.certification.dir";

    private RepositoryCertification() {
    }

    /** The folder: the property, or the repository's {@code certification/}. */
    static Path dir() {
        String given = System.getProperty(PROPERTY);
        return given != null && !given.isBlank() ? Path.of(given) : root().resolve("certification");
    }

    /** The repository: the working directory when it holds {@code run-tests}, else its parent (a module). */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isRegularFile(here.resolve("run-tests")) ? here : here.getParent();
    }
}
