package dev.corstck.tck.certification;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A certification folder's {@code implementation.yaml}, validated (see {@link ManifestReader}).
 *
 * @param folder         the folder, {@code certification/<name>}
 * @param name           the folder's name
 * @param title          as shown in the matrix
 * @param ecosystem      where it comes from
 * @param version        every pinned version that matters, the CORS layer first
 * @param docs           where its CORS configuration is documented
 * @param jdk            the JDK feature version it needs (JVM implementations only)
 * @param build          the command that builds it in its folder, with network; empty when nothing is built
 * @param start          the command that starts it in its folder; it must not daemonize
 * @param packages       the Debian packages it needs
 * @param configurations its rows of the matrix, at least one
 * @param remedies       the fix for a failing rule, by rule ID, in its own configuration terms
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Implementation(Path folder, String name, String title, Ecosystem ecosystem, String version,
                             String docs, OptionalInt jdk, Optional<String> build, String start,
                             List<String> packages, List<Configuration> configurations,
                             Map<String, String> remedies) {

    public Implementation {
        Objects.requireNonNull(folder, "folder must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(ecosystem, "ecosystem must not be null");
        Objects.requireNonNull(version, "version must not be null");
        Objects.requireNonNull(docs, "docs must not be null");
        Objects.requireNonNull(jdk, "jdk must not be null");
        Objects.requireNonNull(build, "build must not be null");
        Objects.requireNonNull(start, "start must not be null");
        packages = List.copyOf(packages);
        configurations = List.copyOf(configurations);
        if (configurations.isEmpty()) {
            throw new IllegalArgumentException("an implementation needs at least one configuration");
        }
        remedies = Map.copyOf(remedies);
    }

    /** Return the matrix name of {@code configuration}: {@code <name>/<id>}. */
    public String rowName(Configuration configuration) {
        return name + "/" + configuration.id();
    }
}
